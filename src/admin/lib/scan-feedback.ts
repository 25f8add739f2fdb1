/**
 * Short tones for scan outcomes, so a worker looking at the shelf hears
 * whether a scan went in: a high blip for success, a low double buzz for a
 * problem. Web Audio, no files; silent where audio is unavailable.
 */
let context: AudioContext | null = null

function tone(frequency: number, start: number, duration: number) {
  if (!context) return
  const osc = context.createOscillator()
  const gain = context.createGain()
  osc.type = "square"
  osc.frequency.value = frequency
  gain.gain.value = 0.04
  osc.connect(gain).connect(context.destination)
  osc.start(context.currentTime + start)
  osc.stop(context.currentTime + start + duration)
}

export function playScanSound(ok: boolean) {
  try {
    context ??= new AudioContext()
    if (ok) {
      tone(1760, 0, 0.06)
    } else {
      tone(220, 0, 0.12)
      tone(220, 0.16, 0.12)
    }
  } catch {
    // No audio device or autoplay blocked: the visual feedback still shows.
  }
}
