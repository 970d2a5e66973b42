import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = { name: string; children: ReactNode }
type State = { error: Error | null }

/** Keeps a crash inside one panel: the rest of the page stays. Retry re-mounts the panel. */
export class PanelErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} panel crashed`, error, info.componentStack)
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="rounded-lg border border-danger p-4 text-sm">
          <p className="font-semibold">The {this.props.name} panel stopped working.</p>
          <p className="mt-1 text-muted">The rest of the dashboard is unaffected.</p>
          <button type="button" className="btn mt-3" onClick={() => this.setState({ error: null })}>
            Retry
          </button>
        </div>
      )
    }
    return this.props.children
  }
}
