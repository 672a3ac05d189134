import { LitElement, html, nothing } from "lit";
import { get, health, post, type Health, type Parked } from "../api";
import { Poll } from "../poll";

const concerns = ["Inventory", "Orders", "Status"];
// The API writes a concern as its enum number or its name.
const concernName = (c: string | number) => (typeof c === "number" ? concerns[c] : c);

/** Health (queues, parked count, timers) and parked messages with their reasons, replayable one by one (ALL-2). */
export class OperationsPage extends LitElement {
  static properties = { health: { state: true }, parked: { state: true }, message: { state: true } };
  declare health?: Health;
  declare parked?: Parked[];
  declare message?: string;

  constructor() {
    super();
    new Poll(this, () => this.load(), 3000);
  }

  createRenderRoot() {
    return this;
  }

  private async load() {
    try {
      [this.health, this.parked] = await Promise.all([health("/api/console/health"), get<Parked[]>("/api/console/parked")]);
    } catch (e) {
      this.message = (e as Error).message;
    }
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

  render() {
    return html`
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
      <section aria-labelledby="parked">
        <h2 id="parked">Parked messages</h2>
        <p aria-live="polite" class="note">${this.message ?? ""}</p>
        ${!this.parked
          ? html`<p>Loading…</p>`
          : this.parked.length === 0
            ? html`<p data-testid="no-parked">Nothing is parked.</p>`
            : html`<ul class="cards" aria-label="Parked messages">
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
