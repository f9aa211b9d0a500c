package io.duijie.contracts;

/**
 * Kinds of space a park offers. The innovation carriers form a ladder an enterprise
 * climbs as it grows: {@code MAKERSPACE} 众创空间 → {@code INCUBATOR} 孵化器 →
 * {@code ACCELERATOR} 加速器 → {@code SCIENCE_PARK} 科技园区.
 */
public enum SpaceType {

	FACTORY, OFFICE, LAND, INCUBATOR, LAB, MAKERSPACE, ACCELERATOR, SCIENCE_PARK

}
