/** The bundled demo site served on 127.0.0.1 under real host names (the demo command and the tests use it); imports the facade. */
package org.refkeeper.demo;
