/**
 * The whole graph read back: {@link dev.kg.export.GraphExporter} writes every node and relationship as
 * JSON ({@code kg export}), {@link dev.kg.export.GraphStats} counts them ({@code kg stats}).
 */
package dev.kg.export;
