package org.polyaxon.spec.model;

/** Requests and limits of one resource; numbers keep the type they were written with. */
public record ResourceRequirement(Number requests, Number limits) {}
