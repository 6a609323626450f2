import { userColors } from './userColors'

/** A random colour from the palette, for a user who has none yet. */
export function pickUserColor(random: () => number = Math.random): string {
  return userColors[Math.floor(random() * userColors.length)] ?? userColors[0]
}
