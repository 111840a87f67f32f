export const FONT_SOURCE: string
export const FONT_PATH: string
export function textsToCover(): string[]
export function charactersOf(texts: string[]): string[]
export function charactersToCover(): string[]
