/** A pseudo-random number generator in [0, 1) from a seed (mulberry32), for reproducible runs. */
export type Random = () => number

/** `mulberry32`: a small seeded generator, so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
