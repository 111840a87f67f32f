export const ATLAS_PATH: string
export const CELL: number
export const ATLAS_WIDTH: number
export const DISTANCE: number
export function fontFingerprint(path?: string): string
export function buildGlyphAtlas(characters?: string[], fontPath?: string): Buffer
export function readAtlasHeader(path?: string): { characters: string; font: string } | null
export function writeGlyphAtlas(): number
