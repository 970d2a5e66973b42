import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFollowNotifications } from '../../src/hooks/use-follow-notifications'
import {
  notificationPermission,
  requestNotificationPermission,
  type NotifyItem,
} from '../../src/lib/notify'

const shown: { title: string; body?: string; tag?: string }[] = []
const requestPermission = vi.fn<() => Promise<NotificationPermission>>()

class FakeNotification {
  static permission: NotificationPermission = 'default'
  static requestPermission = requestPermission
  onclick: (() => void) | null = null
  constructor(title: string, options: NotificationOptions = {}) {
    shown.push({ title, body: options.body, tag: options.tag })
  }
  close() {}
}

const item = (id: string): NotifyItem => ({ id, title: `Bessent: ${id}`, body: 'new quote' })

function Bell({ items }: { items: NotifyItem[] }) {
  const { enabled, enable, permission } = useFollowNotifications(items)
  return (
    <>
      <button type="button" onClick={() => void enable()}>
        Notify me
      </button>
      <p>
        {enabled ? 'on' : 'off'} ({permission})
      </p>
    </>
  )
}

describe('notifications for followed items', () => {
  beforeEach(() => {
    shown.length = 0
    FakeNotification.permission = 'default'
    requestPermission.mockReset().mockImplementation(async () => {
      FakeNotification.permission = 'granted'
      return 'granted'
    })
    vi.stubGlobal('Notification', FakeNotification)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('never asks for permission without a click', () => {
    const view = render(<Bell items={[item('a')]} />)
    view.rerender(<Bell items={[item('a'), item('b')]} />)
    expect(requestPermission).not.toHaveBeenCalled()
    expect(shown).toEqual([])
    expect(screen.getByText('off (default)')).toBeInTheDocument()
  })

  it('after the click, notifies each new item once while the tab is in the background', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false)
    const view = render(<Bell items={[item('a')]} />)
    await userEvent.click(screen.getByRole('button', { name: 'Notify me' }))
    expect(requestPermission).toHaveBeenCalledTimes(1)
    expect(screen.getByText('on (granted)')).toBeInTheDocument()
    expect(shown).toEqual([]) // what was there before is not news
    view.rerender(<Bell items={[item('a'), item('b')]} />)
    expect(shown).toEqual([{ title: 'Bessent: b', body: 'new quote', tag: 'ttm:b' }])
    view.rerender(<Bell items={[item('a'), item('b')]} />)
    view.rerender(<Bell items={[item('b'), item('a')]} />)
    expect(shown).toHaveLength(1)
  })

  it('does not notify while the page is in view and focused', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true)
    const view = render(<Bell items={[]} />)
    await userEvent.click(screen.getByRole('button', { name: 'Notify me' }))
    view.rerender(<Bell items={[item('c')]} />)
    expect(shown).toEqual([])
  })

  it('stays off when permission is denied', async () => {
    requestPermission.mockImplementation(async () => {
      FakeNotification.permission = 'denied'
      return 'denied'
    })
    vi.spyOn(document, 'hasFocus').mockReturnValue(false)
    const view = render(<Bell items={[]} />)
    await userEvent.click(screen.getByRole('button', { name: 'Notify me' }))
    expect(screen.getByText('off (denied)')).toBeInTheDocument()
    view.rerender(<Bell items={[item('d')]} />)
    expect(shown).toEqual([])
  })

  it('reports unsupported browsers', async () => {
    vi.stubGlobal('Notification', undefined)
    delete (window as { Notification?: unknown }).Notification
    expect(notificationPermission()).toBe('unsupported')
    expect(await requestNotificationPermission()).toBe('unsupported')
  })
})
