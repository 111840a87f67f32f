export function option(args: string[], name: string): string | true | undefined
export function unknownOptions(args: string[]): string[]
