package org.polyaxon.core.activity;

import java.time.Instant;

/**
 * One change someone made through the API, kept for the activity feeds.
 *
 * @param id increasing with time
 * @param actor the username of who made it; null once that user is deleted
 * @param method the HTTP method (POST, PATCH, PUT, DELETE)
 * @param route the route's template, for example {@code /api/v1/{user}/{project}/experiments}
 * @param path the path as requested, for example {@code /api/v1/ada/mnist/experiments}
 * @param project the unique name of the project it concerns ({@code ada.mnist}); null for none
 * @param status the HTTP status it was answered with
 * @param createdAt when
 */
public record Activity(
    long id,
    String actor,
    String method,
    String route,
    String path,
    String project,
    int status,
    Instant createdAt) {}
