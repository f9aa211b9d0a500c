/**
 * The contact directory: enterprise names, contacts and owning staff, fed by
 * enterprise-profiles and rebuilt from it.
 */
@NullMarked
package io.duijie.notification.contacts;

import org.jspecify.annotations.NullMarked;
