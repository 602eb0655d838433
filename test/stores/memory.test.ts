import { memoryNotificationStore, type NotificationStore } from '@alipay-kit/core'
import { runStoreContract } from './store-contract.js'

// One process: stores "opened" on the same namespace are the same map, as one instance's handlers share it.
const stores = new Map<string, NotificationStore>()

runStoreContract({
  name: 'memory',
  async open(namespace) {
    let store = stores.get(namespace)
    if (store === undefined) {
      store = memoryNotificationStore()
      stores.set(namespace, store)
    }
    return store
  },
})
