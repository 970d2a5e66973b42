import { act, screen } from '@testing-library/react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { boot } from '../../src/app/boot'

let root: Root | undefined
let container: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  container?.remove()
  root = undefined
})

async function startWith(configText: string) {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(() => boot(root!, Promise.resolve({ status: 200, text: configText })))
}

describe('a config.json whose feedUrl cannot be used', () => {
  it('stops with the reason and the address to write, instead of running the demo in its place', async () => {
    await startWith('{ "feedUrl": "feeds/talks/" }')
    expect(
      await screen.findByRole('heading', { name: 'Trade Talks Monitor cannot start' }),
    ).toBeVisible()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'config.json: feedUrl "feeds/talks/" cannot be used: it must be an absolute http(s) URL or a path on this site that starts with ./, ../ or /. A folder beside this page: "./feeds/talks/".',
    )
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument()
  })

  it('suggests https:// for a server name written without it', async () => {
    await startWith('{ "feedUrl": "feeds.intranet.example/talks/" }')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another server: "https://feeds.intranet.example/talks/".',
    )
  })

  it('says so for an empty feedUrl, and names null for the demo', async () => {
    await startWith('{ "feedUrl": "" }')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `config.json: feedUrl "" cannot be used: write the feed's address, or null for the demo.`,
    )
  })
})
