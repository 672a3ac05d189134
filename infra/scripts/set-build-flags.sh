#!/bin/sh
# Keeps the azd environment's EnableServiceBusTrigger in step with SYNC_TRANSPORT, for the deployment build.
set -eu

transport="${SYNC_TRANSPORT:-ServiceBus}"
if [ "$transport" = "StorageQueues" ]; then
  flag=false
else
  flag=true
fi

if [ "${EnableServiceBusTrigger:-}" != "$flag" ]; then
  azd env set EnableServiceBusTrigger "$flag"
fi
echo "Transport: $transport (build with EnableServiceBusTrigger=$flag)"
