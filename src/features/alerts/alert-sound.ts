import { useStoredJson, writeStoredJson } from '../../lib/stored-json'

const soundKey = 'ttm.alerts.sound.v1'
const parseSound = (stored: unknown) => stored === true

/** Whether alerts make a sound: off unless the viewer turns it on. */
export function useAlertSound(): [boolean, (on: boolean) => void] {
  return [useStoredJson(soundKey, parseSound), (on) => writeStoredJson(soundKey, on)]
}

/** A short, quiet tone (Web Audio; nothing to download). */
export function playAlertTone() {
  try {
    const context = new AudioContext()
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.frequency.value = 880
    gain.gain.setValueAtTime(0.08, context.currentTime)
    gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + 0.3)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start()
    oscillator.stop(context.currentTime + 0.3)
    oscillator.onended = () => void context.close()
  } catch {
    // No audio here (an iframe without autoplay, an old browser): the toast says it.
  }
}
