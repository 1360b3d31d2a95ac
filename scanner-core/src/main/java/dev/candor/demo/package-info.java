/**
 * Local sites on loopback: {@link dev.candor.demo.LocalSiteServer} plays a site and all its third
 * parties over HTTPS from one port (the browser maps every host name to it), and
 * {@link dev.candor.demo.DemoSite} is the small shop that {@code candor demo} audits. Tests and the
 * benchmark use the same server with their own site folders.
 */
package dev.candor.demo;
