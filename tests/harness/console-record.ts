// What a test page printed, kept the same way for both browsers (shown on failure, checked by tests).

export class ConsoleRecord {
  private readonly messages: string[] = [];
  private readonly errors: string[] = [];

  /** A console message of the page (Playwright's and Puppeteer's messages both have type() and text()). */
  console(msg: { type(): string; text(): string }): void {
    this.messages.push(`${msg.type()}: ${msg.text()}`);
    if (msg.type() === 'error') this.errors.push(msg.text());
  }

  /** An uncaught error of the page. */
  pageError(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    this.messages.push(`pageerror: ${text}`);
    this.errors.push(text);
  }

  all(): string[] {
    return [...this.messages];
  }

  errorsOnly(): string[] {
    return [...this.errors];
  }
}
