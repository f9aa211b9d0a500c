package io.duijie.contracts;

/** Kinds of space a park offers. */
public enum SpaceType {

	FACTORY, OFFICE, LAND, INCUBATOR, LAB

}
