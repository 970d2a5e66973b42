/**
 * MSW's handlers read cookies through a store that touches `localStorage` when it loads. Where the
 * browser denies storage (a cross-site iframe with third-party storage blocked, a sandboxed
 * iframe), reading `localStorage` throws and the demo feed could not start. There, and only there,
 * the page gets an in-memory Storage for its lifetime; elsewhere nothing changes.
 */
function storageWorks(): boolean {
  try {
    return typeof window.localStorage !== 'undefined'
  } catch {
    return false
  }
}

class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value))
  }
}

if (typeof window !== 'undefined' && !storageWorks()) {
  Object.defineProperty(window, 'localStorage', { value: new MemoryStorage(), configurable: true })
}
