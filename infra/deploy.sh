#!/usr/bin/env bash
# Deploys ReplOrchestrator to Azure in one command: the Bicep template (infra/main.bicep with a
# .bicepparam file), then the function app package (artifacts/functionapp.zip by default, written by
# `dotnet publish src/ReplOrchestrator.Functions -c Release`). Needs the Azure CLI, logged in (az login)
# with rights to create resources and role assignments in the target resource group and watched groups.
#
#   infra/deploy.sh -g <resource-group> [-l <location>] [-p <file.bicepparam>] [-z <package.zip>] [--what-if]
#
# Every option can come from the environment instead: REPL_RESOURCE_GROUP, REPL_LOCATION,
# REPL_PARAMETERS, REPL_PACKAGE. The location is needed only when the resource group does not exist
# yet (the script creates it); resources go to the group's region unless the parameter file says
# otherwise. --what-if previews the template's changes and deploys nothing. A failed package upload
# is retried twice, REPL_DEPLOY_RETRY_SECONDS (default 60) apart.
#
# Nothing secret passes through this script: every connection in the template is identity-based,
# and the deployment outputs hold names only.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(dirname "$script_dir")"
template="$script_dir/main.bicep"

resource_group="${REPL_RESOURCE_GROUP:-}"
location="${REPL_LOCATION:-}"
parameters="${REPL_PARAMETERS:-$script_dir/main.bicepparam}"
package="${REPL_PACKAGE:-$repo_root/artifacts/functionapp.zip}"
what_if=false
retry_seconds="${REPL_DEPLOY_RETRY_SECONDS:-60}"

die() {
  printf 'deploy.sh: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '7p' "${BASH_SOURCE[0]}" | sed 's/^#   //'
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    -g | --resource-group) [[ $# -ge 2 ]] || die "$1 needs a value"; resource_group="$2"; shift 2 ;;
    -l | --location) [[ $# -ge 2 ]] || die "$1 needs a value"; location="$2"; shift 2 ;;
    -p | --parameters) [[ $# -ge 2 ]] || die "$1 needs a value"; parameters="$2"; shift 2 ;;
    -z | --package) [[ $# -ge 2 ]] || die "$1 needs a value"; package="$2"; shift 2 ;;
    --what-if) what_if=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done

# Inputs, each checked before anything touches Azure.
[[ -n "$resource_group" ]] || die "no resource group: pass -g <name> or set REPL_RESOURCE_GROUP"
[[ "$resource_group" =~ ^[-_.()[:alnum:]]{1,90}$ && "$resource_group" != *. ]] \
  || die "invalid resource group name '$resource_group'"
[[ -z "$location" || "$location" =~ ^[a-z0-9]+$ ]] \
  || die "invalid location '$location': use the short form, for example westeurope"
[[ "$retry_seconds" =~ ^[0-9]+$ ]] || die "REPL_DEPLOY_RETRY_SECONDS must be a number of seconds"
[[ "$parameters" == *.bicepparam ]] || die "parameter file must be a .bicepparam file: $parameters"
[[ -f "$parameters" ]] || die "parameter file not found: $parameters"
[[ -f "$template" ]] || die "template not found: $template"
if [[ "$what_if" == false ]]; then
  [[ -s "$package" ]] || die "package not found or empty: $package (build it with: dotnet publish src/ReplOrchestrator.Functions -c Release)"
  if command -v unzip > /dev/null 2>&1; then
    unzip -Z1 "$package" 2> /dev/null | grep -qx 'host.json' \
      || die "package has no host.json at its root: $package"
  fi
fi
command -v az > /dev/null 2>&1 || die "the Azure CLI (az) is not on PATH"
az account show --output none 2> /dev/null || die "not logged in to Azure: run az login (and az account set)"

# The resource group: created when missing, checked against --location when present.
if [[ "$(az group exists --name "$resource_group")" == "true" ]]; then
  group_location="$(az group show --name "$resource_group" --query location --output tsv)"
  [[ -z "$location" || "$location" == "$group_location" ]] \
    || die "resource group $resource_group is in $group_location, not $location"
else
  [[ -n "$location" ]] || die "resource group $resource_group does not exist: pass -l <location> to create it"
  [[ "$what_if" == false ]] || die "resource group $resource_group does not exist: what-if needs an existing group"
  echo "== creating resource group $resource_group in $location"
  az group create --name "$resource_group" --location "$location" \
    --tags application=ReplOrchestrator --output none
fi

deployment="replorchestrator-$(date -u +%Y%m%d%H%M%S)"

if [[ "$what_if" == true ]]; then
  echo "== what-if for $resource_group"
  az deployment group what-if --resource-group "$resource_group" --name "$deployment" \
    --template-file "$template" --parameters "$parameters"
  exit 0
fi

echo "== deploying template ($deployment) to $resource_group"
az deployment group create --resource-group "$resource_group" --name "$deployment" \
  --template-file "$template" --parameters "$parameters" --output none

output() {
  az deployment group show --resource-group "$resource_group" --name "$deployment" \
    --query "properties.outputs.$1.value" --output tsv
}
app_name="$(output functionAppName)"
host_name="$(output functionAppHostName)"
[[ -n "$app_name" ]] || die "deployment $deployment returned no function app name"

# Flex Consumption publishes with an Entra token and pulls the package from the deployment container
# through the app identity; a role assigned moments ago may take a minute or two to apply, so retry.
echo "== deploying package $(basename "$package") to $app_name"
attempt=1
until az functionapp deployment source config-zip --resource-group "$resource_group" \
  --name "$app_name" --src "$package" --output none; do
  [[ $attempt -lt 3 ]] || die "package deployment to $app_name failed after $attempt attempts"
  echo "   attempt $attempt failed; retrying in $retry_seconds s"
  attempt=$((attempt + 1))
  sleep "$retry_seconds"
done

echo "function app: $app_name"
echo "hostname:     https://$host_name"
