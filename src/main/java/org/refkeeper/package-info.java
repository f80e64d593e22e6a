/** The library facade: {@link org.refkeeper.Archive} and the request types it takes; may import every package but cli and demo. */
package org.refkeeper;
