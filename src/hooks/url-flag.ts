const falseWords = ['0', 'false', 'off', 'no']

/** 1/0 switches (?header=0): anything but 0, false, off or no is on. */
export const readFlag = (raw: string): boolean => !falseWords.includes(raw.toLowerCase())
export const writeFlag = (on: boolean): string => (on ? '1' : '0')
