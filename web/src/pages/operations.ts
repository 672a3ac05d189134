import { LitElement, html, nothing } from "lit";
import { get, health, post, type Health, type InventoryReport, type Parked, type PlatformBudget } from "../api";
import "../budget-chart";
import { Poll } from "../poll";

const concerns = ["Inventory", "Orders", "Status"];
// The API writes a concern as its enum number or its name.
const concernName = (c: string | number) => (typeof c === "number" ? concerns[c] : c);

/** Health (queues, parked count, timers) and parked messages with their reasons, replayable one by one (ALL-2). */
export class OperationsPage extends LitElement {
  static properties = {
    health: { state: true },
    parked: { state: true },
    report: { state: true },
    message: { state: true },
    running: { state: true },
    budgets: { state: true },
  };
  declare health?: Health;
  declare parked?: Parked[];
  declare message?: string;
  declare report?: InventoryReport | null;
  declare running?: string;
  declare budgets?: PlatformBudget[];

  constructor() {
    super();
    new Poll(this, () => this.load(), 3000);
  }

  createRenderRoot() {
    return this;
  }

  private async load() {
    try {
      const [h, parked, inventory, budgets] = await Promise.all([
        health("/api/console/health"),
        get<Parked[]>("/api/console/parked"),
        get<{ report: InventoryReport | null }>("/api/console/reconcile/inventory"),
        get<PlatformBudget[]>("/api/console/budget"),
      ]);
      [this.health, this.parked, this.report, this.budgets] = [h, parked, inventory.report, budgets];
    } catch (e) {
      this.message = (e as Error).message;
    }
  }

  private async replayAll(concern: string) {
    try {
      const result = await post<{ replayed: number }>(`/api/console/parked/${concern.toLowerCase()}/replay`);
      this.message = `Replayed ${result.replayed} ${concern.toLowerCase()} message(s).`;
    } catch (e) {
      this.message = (e as Error).message;
    }
    await this.load();
  }

  private async replay(p: Parked) {
    try {
      await post(`/api/console/parked/${encodeURIComponent(concernName(p.concern))}/${encodeURIComponent(p.id)}/replay`);
      this.message = `Replayed ${p.eventType ?? "the message"} for ${p.entityKey ?? p.id}.`;
    } catch (e) {
      this.message = (e as Error).message;
    }
    await this.load();
  }

  private async reconcile(concern: string) {
    this.running = concern;
    try {
      const result = await post<{ ordersSynced?: number }>(`/api/console/reconcile/${concern}`);
      this.message = `Reconciled ${concern}${result.ordersSynced === undefined ? "" : `: ${result.ordersSynced} order(s) synced`}.`;
    } catch (e) {
      this.message = (e as Error).message;
    } finally {
      this.running = undefined;
    }
    await this.load();
  }

  private renderReport() {
    const r = this.report;
    if (r === undefined) {
      return html`<p>Loading…</p>`;
    }
    if (r === null) {
      return html`<p>No inventory reconcile has run yet.</p>`;
    }
    return html`<dl class="figures" data-testid="inventory-report">
        <div><dt>Last run</dt><dd>${new Date(r.at).toLocaleString()}${r.full ? " (full)" : ""}</dd></div>
        <div><dt>Checked</dt><dd>${r.checked}</dd></div>
        <div><dt>Drifted</dt><dd>${r.drifted}</dd></div>
        <div><dt>Repaired</dt><dd>${r.repaired}</dd></div>
      </dl>
      ${r.unmatched.length ? html`<p>SKUs on one side only: ${r.unmatched.join(", ")}</p>` : nothing}
      ${r.ambiguous.length ? html`<p>SKUs on several products: ${r.ambiguous.join(", ")}</p>` : nothing}`;
  }

  render() {
    return html`
      <p aria-live="polite" class="note" data-testid="message">${this.message ?? ""}</p>
      <section aria-labelledby="health">
        <h2 id="health">Health</h2>
        ${this.health
          ? html`<p class="status ${this.health.status.toLowerCase()}" data-testid="health-status">${this.health.status}</p>
              <table>
                <thead><tr><th scope="col">Check</th><th scope="col">State</th><th scope="col">Details</th></tr></thead>
                <tbody>
                  ${Object.entries(this.health.checks).map(
                    ([name, c]) => html`<tr>
                      <th scope="row">${name}</th>
                      <td>${c.status}</td>
                      <td>${c.description ?? ""} ${c.data ? html`<span class="muted">${Object.entries(c.data).map(([k, v]) => `${k}: ${v}`).join(", ")}</span>` : nothing}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
          : html`<p>Loading…</p>`}
      </section>
      <section aria-labelledby="budget">
        <h2 id="budget">API budget</h2>
        <p class="note">Calls this instance made per budget window, against each platform's budget.</p>
        <div class="charts">${(this.budgets ?? []).map((b) => html`<budget-chart .budget=${b}></budget-chart>`)}</div>
      </section>
      <section aria-labelledby="reconcile">
        <h2 id="reconcile">Reconcile</h2>
        <div class="actions">
          ${["inventory", "orders", "status"].map(
            (c) => html`<button ?disabled=${this.running !== undefined} @click=${() => this.reconcile(c)}>
              ${this.running === c ? `Reconciling ${c}…` : `Reconcile ${c} now`}
            </button>`,
          )}
        </div>
        ${this.renderReport()}
      </section>
      <section aria-labelledby="parked">
        <h2 id="parked">Parked messages</h2>
        ${!this.parked
          ? html`<p>Loading…</p>`
          : this.parked.length === 0
            ? html`<p data-testid="no-parked">Nothing is parked.</p>`
            : html`<div class="actions">
                  ${[...new Set(this.parked.map((p) => concernName(p.concern)))].map(
                    (c) => html`<button @click=${() => this.replayAll(c)}>Replay all ${c.toLowerCase()}</button>`,
                  )}
                </div>
                <ul class="cards" aria-label="Parked messages">
                ${this.parked.map(
                  (p) => html`<li data-parked=${p.id}>
                    <div>
                      <strong>${concernName(p.concern)}: ${p.eventType ?? "message"}</strong>
                      <span class="muted">${p.entityKey ?? ""} · ${p.parkedAt ? new Date(p.parkedAt).toLocaleString() : ""}</span>
                      <p class="reason">${p.reason}</p>
                    </div>
                    <div class="actions"><button @click=${() => this.replay(p)}>Replay</button></div>
                  </li>`,
                )}
              </ul>`}
      </section>
    `;
  }
}
customElements.define("operations-page", OperationsPage);
