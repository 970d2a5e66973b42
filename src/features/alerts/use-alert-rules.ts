import { useCallback } from 'react'
import { useStoredJson, writeStoredJson } from '../../lib/stored-json'
import { useRuntime } from '../../hooks/runtime-context'
import { alertsStorageKey, parseAlertRules, type AlertRule } from './alert-rules'

/** The viewer's alerts for this feed, kept in the browser, with add, mute and remove. */
export function useAlertRules() {
  const { feedBaseUrl } = useRuntime()
  const key = alertsStorageKey(feedBaseUrl)
  const rules = useStoredJson(key, parseAlertRules)
  const save = useCallback((next: AlertRule[]) => writeStoredJson(key, next), [key])
  const add = useCallback((rule: AlertRule) => save([...rules, rule]), [rules, save])
  const remove = useCallback((id: string) => save(rules.filter((r) => r.id !== id)), [rules, save])
  const setMuted = useCallback(
    (id: string, muted: boolean) => save(rules.map((r) => (r.id === id ? { ...r, muted } : r))),
    [rules, save],
  )
  return { rules, add, remove, setMuted }
}
