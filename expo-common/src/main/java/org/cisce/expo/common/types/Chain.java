package org.cisce.expo.common.types;

/** The supply chains that make up the exhibition zones of an edition: one vocabulary for every service. */
public enum Chain {
    SMART_VEHICLES,
    GREEN_AGRICULTURE,
    CLEAN_ENERGY,
    DIGITAL_TECHNOLOGY,
    HEALTHY_LIVING,
    ADVANCED_MANUFACTURING,
    SUPPLY_CHAIN_SERVICES
}
