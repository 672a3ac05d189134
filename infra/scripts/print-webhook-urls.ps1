# Prints what to register with the two platforms after `azd provision` / `azd up`.
# azd runs hooks with its environment (the main.bicep outputs) in the process environment.
$ErrorActionPreference = 'Stop'

if (-not $env:AZURE_FUNCTION_URI) { throw 'AZURE_FUNCTION_URI is not set; run azd provision first' }
$hostUri = $env:AZURE_FUNCTION_URI.TrimEnd('/')
$vault = if ($env:AZURE_KEY_VAULT_NAME) { $env:AZURE_KEY_VAULT_NAME } else { '<key vault>' }
$transport = if ($env:SYNC_TRANSPORT) { $env:SYNC_TRANSPORT } else { 'ServiceBus' }
$group = if ($env:AZURE_RESOURCE_GROUP) { $env:AZURE_RESOURCE_GROUP } else { '<resource group>' }
$app = if ($env:AZURE_FUNCTION_NAME) { $env:AZURE_FUNCTION_NAME } else { '<function app>' }

Write-Host @"

Sync.Functions is provisioned (transport: $transport).

Register these webhook URLs:
  X-Series (Lightspeed Retail POS), one URL per event type:
      $hostUri/api/webhooks/xseries/inventory.update
      $hostUri/api/webhooks/xseries/product.update
      $hostUri/api/webhooks/xseries/sale.update
  eCom (Ecwid):                     $hostUri/api/webhooks/ecom
      events: order.created, order.updated, product.created, product.updated, product.deleted

Put the platform secrets in Key Vault $vault (never in app settings):
  az keyvault secret set --vault-name $vault --name xseries-client-secret --value '<value>'
  az keyvault secret set --vault-name $vault --name xseries-access-token --value '<value>'
  az keyvault secret set --vault-name $vault --name ecom-client-secret --value '<value>'
  az keyvault secret set --vault-name $vault --name ecom-access-token --value '<value>'
  (xseries-previous-client-secret only while rotating the X-Series client secret)
then restart the app so it reads them: az functionapp restart -g $group -n $app

Details: infra/README.md
"@
