package org.auditpy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link FixedPoint} against {@link BigDecimal}'s exact arithmetic (the slow path it stands in for): the same digits
 * for every double and number of places in its range, and a refusal outside it. CPython's own results for these
 * operations are checked by the golden {@code strings/fixed_point_format}.
 */
class FixedPointTest {

    private static String exact(double a, int places) {
        return new BigDecimal(a).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void check(double a, int places) {
        String fast = FixedPoint.format(a, places);
        if (fast != null) {
            assertEquals(exact(a, places), fast, () -> "format(" + a + " [" + Double.doubleToRawLongBits(a) + "], ." + places + "f)");
            double r = FixedPoint.round(a, places);
            if (!Double.isNaN(r)) {
                assertEquals(new BigDecimal(a).setScale(places, RoundingMode.HALF_EVEN).doubleValue(), r, () -> "round(" + a + ", " + places + ")");
            }
        }
    }

    @Test
    void halfwayAndNearHalfwayValues() {
        // exact halves round to even; 2.675 and 1.005 are stored just below their halves
        assertEquals("0", FixedPoint.format(0.5, 0));
        assertEquals("2", FixedPoint.format(1.5, 0));
        assertEquals("2", FixedPoint.format(2.5, 0));
        assertEquals("0.12", FixedPoint.format(0.125, 2));
        assertEquals("0.38", FixedPoint.format(0.375, 2));
        assertEquals("2.67", FixedPoint.format(2.675, 2));
        assertEquals("1.00", FixedPoint.format(1.005, 2));
        assertEquals("0.000", FixedPoint.format(0.0, 3));
        assertEquals("0.001", FixedPoint.format(0.0005000000000000001, 3));
        assertEquals("3.141593", FixedPoint.format(Math.PI, 6));
        assertEquals(2.67, FixedPoint.round(2.675, 2));
        assertEquals(-0.0, FixedPoint.round(-0.001, 2));
        assertEquals(0.3, FixedPoint.round(0.30000000000000004, 2));
        for (double d : new double[] {0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-300, Double.MIN_VALUE, 0x1p-60, 0x1p-64,
                0x1p-65, 0x1p-127, 0x1p-128, 123456789.123456789, 4.35, 0.045, 9.995, 99.995, 1e15 + 0.5}) {
            for (int places = 0; places <= FixedPoint.MAX_PLACES; places++) {
                check(d, places);
            }
        }
    }

    @Test
    void randomDoublesOfEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(578);
        for (int i = 0; i < 200_000; i++) {
            int places = random.nextInt(FixedPoint.MAX_PLACES + 1);
            double a;
            switch (i % 4) {
                case 0 -> a = random.nextDouble() * Math.pow(10, random.nextInt(-20, 19));
                case 1 -> a = Double.longBitsToDouble(random.nextLong(0, 0x43d0000000000000L)); // any bits below 2^62
                case 2 -> a = (random.nextInt(1_000_000) + 0.5) / Math.pow(10, random.nextInt(0, 7)); // near halves
                default -> a = random.nextInt(100_000) / 1000.0;
            }
            check(a, places);
        }
    }

    @Test
    void outsideTheFastRange() {
        assertNull(FixedPoint.format(1e19, 0));
        assertNull(FixedPoint.format(1e5, 18));
        assertNull(FixedPoint.format(1.0, 19));
        assertNull(FixedPoint.format(Double.NaN, 2));
        assertNull(FixedPoint.format(Double.POSITIVE_INFINITY, 2));
        assertNull(FixedPoint.format(-1.0, 2));
        assertEquals(-1, FixedPoint.scaledRounded(1.0, -1));
        // a scaled value of 2^53 or more is not divided back: the caller's BigDecimal does it
        assertEquals(Double.NaN, FixedPoint.round(1e17, 1));
    }
}
