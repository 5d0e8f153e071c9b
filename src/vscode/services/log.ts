// The "Crossread" output channel, plus the last messages kept in memory (exported to the tests).
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  private readonly recent: string[] = [];

  constructor() {
    this.channel = vscode.window.createOutputChannel('Crossread', { log: true });
  }

  info(message: string): void {
    this.keep('info', message);
    this.channel.info(message);
  }

  warn(message: string): void {
    this.keep('warn', message);
    this.channel.warn(message);
  }

  error(message: string, err?: unknown): void {
    const detail = err === undefined ? '' : `: ${err instanceof Error ? err.message : String(err)}`;
    this.keep('error', message + detail);
    this.channel.error(message + detail);
  }

  /** The last messages, oldest first, as "level: text". */
  messages(): string[] {
    return [...this.recent];
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }

  private keep(level: string, message: string): void {
    this.recent.push(`${level}: ${message}`);
    if (this.recent.length > 500) this.recent.splice(0, this.recent.length - 500);
  }
}
