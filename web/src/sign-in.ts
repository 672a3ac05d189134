import { LitElement, html } from "lit";

interface DevUser {
  id: string;
  name: string;
  outlets: string[];
}

/**
 * Signing in: in Azure, App Service built-in authentication (Microsoft Entra ID) at /.auth/login/aad; on the dev host,
 * which answers /.auth/dev/users, a local sign-in that picks one of the POS simulator's users.
 */
export class SignIn extends LitElement {
  static properties = { users: { state: true } };
  declare users?: DevUser[];

  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    const response = await fetch("/.auth/dev/users");
    if (!response.ok) {
      location.assign(`/.auth/login/aad?post_login_redirect_uri=${encodeURIComponent(location.pathname)}`);
      return;
    }
    this.users = await response.json();
  }

  render() {
    if (!this.users) {
      return html`<p>Signing in…</p>`;
    }
    return html`
      <h1>Sign in</h1>
      <p>Local sign-in (dev host): pick the Retail POS user you are.</p>
      <ul class="cards">
        ${this.users.map(
          (u) => html`<li>
            <form method="post" action="/.auth/login/dev">
              <input type="hidden" name="userId" .value=${u.id} />
              <input type="hidden" name="returnTo" .value=${location.pathname} />
              <button type="submit">${u.name}</button>
              <small>${u.outlets.length ? u.outlets.join(", ") : "all outlets"}</small>
            </form>
          </li>`,
        )}
      </ul>
    `;
  }
}
customElements.define("sign-in", SignIn);
