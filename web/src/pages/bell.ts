import { LitElement, html, nothing } from "lit";
import { ApiError, get, post, send, type Bell, type Me } from "../api";
import { Poll } from "../poll";

/** NOT-1..3: new online orders for the outlets the signed-in staff member may use, each linking to its fulfillment in POS. */
export class BellPage extends LitElement {
  static properties = { me: { attribute: false }, bell: { state: true }, error: { state: true } };
  declare me: Me;
  declare bell?: Bell;
  declare error?: string;

  constructor() {
    super();
    new Poll(this, () => this.load(), 1000);
  }

  createRenderRoot() {
    return this;
  }

  private async load() {
    try {
      this.bell = await get<Bell>("/api/console/bell");
      this.error = undefined;
      this.dispatchEvent(new CustomEvent("unread", { detail: this.bell.unread, bubbles: true }));
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  private async markRead(fulfillmentIds: string[]) {
    await post("/api/console/bell/read", { fulfillmentIds });
    await this.load();
  }

  private async toggle(enabled: boolean) {
    try {
      const current = await send<Record<string, unknown>>("GET", "/api/console/settings");
      await send("PUT", "/api/console/settings", { ...current.body, notificationsEnabled: enabled }, current.etag ? { "If-Match": current.etag } : {});
      await this.load();
    } catch (e) {
      this.error = e instanceof ApiError ? e.message : String(e);
    }
  }

  render() {
    if (!this.bell) {
      return html`<p>Loading…</p>${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}`;
    }
    const unread = this.bell.items.filter((i) => !i.read);
    return html`
      ${this.error ? html`<p role="alert" class="error">${this.error}</p>` : nothing}
      <div class="toolbar">
        <p class="count" aria-live="polite"><span data-testid="unread">${this.bell.unread}</span> unread</p>
        ${unread.length
          ? html`<button @click=${() => this.markRead(unread.map((i) => i.notification.fulfillmentId))}>Mark all as read</button>`
          : nothing}
        ${this.me.roles.includes("operator")
          ? html`<label class="switch">
              <input type="checkbox" .checked=${this.bell.notificationsEnabled} @change=${(e: Event) => this.toggle((e.target as HTMLInputElement).checked)} />
              New-order notifications on
            </label>`
          : nothing}
      </div>
      ${this.bell.notificationsEnabled ? nothing : html`<p class="note">New-order notifications are off (NOT-3): no new ones are raised.</p>`}
      ${this.bell.items.length === 0
        ? html`<p>No online orders for your outlets yet.</p>`
        : html`<ul class="cards" aria-label="Online orders">
            ${this.bell.items.map(
              (i) => html`<li class=${i.read ? "read" : "unread"} data-order=${i.notification.orderNumber}>
                <div>
                  <strong>Online order #${i.notification.orderNumber}</strong>
                  <span class="muted">${i.outletName}${i.read ? " · read" : ""}</span>
                </div>
                <div class="actions">
                  <a class="button" href=${i.notification.link} target="_blank" rel="noopener">Open fulfillment in POS</a>
                  ${i.read ? nothing : html`<button @click=${() => this.markRead([i.notification.fulfillmentId])}>Mark as read</button>`}
                </div>
              </li>`,
            )}
          </ul>`}
    `;
  }
}
customElements.define("bell-page", BellPage);
