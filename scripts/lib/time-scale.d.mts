export function timeScale(): number
