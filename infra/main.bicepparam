using 'main.bicep'

// Example parameters for one environment. Copy per environment; never put a secret here (appliance
// keys go into the Key Vault after deployment). Names are derived from environmentName and a hash.

param environmentName = 'prod'

param tags = {
  owner: 'migration-team'
  costCenter: 'it-infra'
}

// Instance size and scale-out bound of the Flex Consumption plan.
param instanceMemoryMB = 2048
param maximumInstanceCount = 40
param durableAlwaysReadyInstances = 1

// Resource groups of the Azure Migrate projects whose storage, Service Bus and Key Vault the
// diagnosis inspects (names in this subscription or full resource ids).
param diagnosisResourceGroups = [
  'rg-migrate-contoso'
]

// Recovery Services vaults of the Azure Migrate projects watched through ARM (agentless replication
// with no agent on the appliance); Reader is granted on each vault's resource group.
param armVaultIds = [
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-migrate-contoso/providers/Microsoft.RecoveryServices/vaults/contoso-migrate-vault'
]
param armPollInterval = '00:05:00'
