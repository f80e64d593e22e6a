/**
 * The archive folder's plain files, without git: where each file lives ({@code Layout}), which folders are
 * refkeeper archives, {@code refkeeper.json}, the writer's lock, and the run reports in {@code runs/}; imports
 * report (the JSON it reads) and io.
 */
package org.refkeeper.folder;
