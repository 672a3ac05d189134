import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Runs `tick` now and every `everyMs` while its element is on the page. */
export class Poll implements ReactiveController {
  private timer?: number;

  constructor(host: ReactiveControllerHost, private readonly tick: () => Promise<void>, private readonly everyMs: number) {
    host.addController(this);
  }

  hostConnected() {
    const run = async () => {
      await this.tick().catch(() => undefined);
      this.timer = window.setTimeout(run, this.everyMs);
    };
    void run();
  }

  hostDisconnected() {
    window.clearTimeout(this.timer);
  }
}
