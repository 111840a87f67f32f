export function nodeTooOld(current: string, wanted: string): boolean
