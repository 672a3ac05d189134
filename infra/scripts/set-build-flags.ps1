# Keeps the azd environment's EnableServiceBusTrigger in step with SYNC_TRANSPORT, for the deployment build.
$ErrorActionPreference = 'Stop'

$transport = if ($env:SYNC_TRANSPORT) { $env:SYNC_TRANSPORT } else { 'ServiceBus' }
$flag = if ($transport -eq 'StorageQueues') { 'false' } else { 'true' }

if ($env:EnableServiceBusTrigger -ne $flag) {
    azd env set EnableServiceBusTrigger $flag
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
Write-Host "Transport: $transport (build with EnableServiceBusTrigger=$flag)"
