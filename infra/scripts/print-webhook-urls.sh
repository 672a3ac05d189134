#!/bin/sh
# Prints what to register with the two platforms after `azd provision` / `azd up`.
# azd runs hooks with its environment (the main.bicep outputs) in the process environment.
set -eu

host="${AZURE_FUNCTION_URI:?AZURE_FUNCTION_URI is not set; run azd provision first}"
host="${host%/}"
vault="${AZURE_KEY_VAULT_NAME:-<key vault>}"

cat <<MSG

Sync.Functions is provisioned (transport: ${SYNC_TRANSPORT:-ServiceBus}).

Register these webhook URLs:
  X-Series (Lightspeed Retail POS), one URL per event type:
      ${host}/api/webhooks/xseries/inventory.update
      ${host}/api/webhooks/xseries/product.update
      ${host}/api/webhooks/xseries/sale.update
  eCom (Ecwid):                     ${host}/api/webhooks/ecom
      events: order.created, order.updated, product.created, product.updated, product.deleted

Put the platform secrets in Key Vault ${vault} (never in app settings):
  az keyvault secret set --vault-name ${vault} --name xseries-client-secret --value '<value>'
  az keyvault secret set --vault-name ${vault} --name xseries-access-token --value '<value>'
  az keyvault secret set --vault-name ${vault} --name ecom-client-secret --value '<value>'
  az keyvault secret set --vault-name ${vault} --name ecom-access-token --value '<value>'
  (xseries-previous-client-secret only while rotating the X-Series client secret)
then restart the app so it reads them: az functionapp restart -g ${AZURE_RESOURCE_GROUP:-<resource group>} -n ${AZURE_FUNCTION_NAME:-<function app>}

Details: infra/README.md
MSG
