const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; null for anything else. */
export function fromChineseNumeral(numeral: string): number | null {
  if (numeral === '十') return 10
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(numeral)
  if (!match || numeral === '') return null
  const [, tens, ten, units] = match
  if (!ten) return tens && !units ? (DIGITS[tens] ?? null) : null
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (units ? (DIGITS[units] ?? 0) : 0)
}

/** 1 → 一, 12 → 十二, 20 → 二十 (1 to 99). */
export function toChineseNumeral(value: number): string {
  const names = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new RangeError(`${value}`)
  if (value < 10) return names[value] ?? ''
  const tens = Math.floor(value / 10)
  return `${tens === 1 ? '' : names[tens]}十${names[value % 10]}`
}
