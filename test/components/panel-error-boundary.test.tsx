import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { PanelErrorBoundary } from '../../src/components/panel-error-boundary'

let crash = true
function Fragile() {
  if (crash) throw new Error('render crash')
  return <p>Panel content</p>
}

function Page() {
  const [other] = useState('Other panel')
  return (
    <>
      <PanelErrorBoundary name="markets">
        <Fragile />
      </PanelErrorBoundary>
      <p>{other}</p>
    </>
  )
}

describe('a panel’s own render crash', () => {
  it('shows that panel’s fallback only, and Retry recovers it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    crash = true
    render(<Page />)
    expect(screen.getByRole('alert')).toHaveTextContent('The markets panel stopped working.')
    expect(screen.getByText('Other panel')).toBeInTheDocument()
    crash = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('Panel content')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
