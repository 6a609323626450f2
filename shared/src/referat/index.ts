export type { Referat, ReferatBlock, ReferatInline, ReferatItem, ReferatPart } from './Referat'
export { plainText, toInlines } from './toInlines'
export { toReferat } from './toReferat'
