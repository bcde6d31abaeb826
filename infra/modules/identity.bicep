// The app's user-assigned identity. It exists before the function app, so every role the app needs
// is granted before its first start, and it outlives the app, so role assignments in the watched
// resource groups are never orphaned when the app is recreated.

import { tagsType } from '../shared/types.bicep'

@description('Required. Name of the user-assigned managed identity.')
param identityName string

@description('Required. Azure region of the identity.')
param location string

@description('Required. Tags applied to the identity.')
param tags tagsType

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: identityName
  location: location
  tags: tags
}

@description('Resource id of the identity, for the app and the deployment container.')
output id string = identity.id

@description('Object (principal) id of the identity, for role assignments.')
output principalId string = identity.properties.principalId

@description('Client id of the identity, for identity-based connections in app settings.')
output clientId string = identity.properties.clientId
