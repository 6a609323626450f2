import type { Language } from '@referat/shared'
import { en } from './en'
import { nb, type Messages } from './nb'
import { nn } from './nn'

/** The UI dictionary of each language. */
export const dictionaries: Record<Language, Messages> = { nb, nn, en }
