namespace Jyotishika.Engine.FastPath;

/// <summary>
/// Ascendant, MC and cusps from sidereal time (ARMC), true obliquity and latitude, following swehouse.c (CalcH, Asc1,
/// Asc2 and sidereal_houses_trad) step for step, for the systems defined by the ascendant and MC alone. Other systems
/// (Placidus, Koch, Regiomontanus …) are left to the library.
/// </summary>
internal static class FastHouses
{
    private const double VerySmall = 1e-10;
    private const double DegreesToRadians = 0.0174532925199433;
    private const double RadiansToDegrees = 57.2957795130823;

    /// <summary>Systems computed here.</summary>
    internal static bool Supports(HouseSystem system) => system is
        HouseSystem.WholeSign or HouseSystem.Equal or HouseSystem.EqualMidheaven or HouseSystem.EqualAries
        or HouseSystem.VehlowEqual or HouseSystem.Porphyry or HouseSystem.Sripati;

    /// <summary>
    /// Sidereal ascendant, MC and the 12 cusps (<paramref name="cusps"/>[0] = house 1), as swe_houses_ex2 returns them
    /// with SEFLG_SIDEREAL: tropical houses less the true <paramref name="ayanamsha"/>, whole-sign cusps on sign starts.
    /// </summary>
    internal static void Compute(
        HouseSystem system, double armc, double latitude, double obliquity, double ayanamsha,
        out double ascendant, out double midheaven, Span<double> cusps)
    {
        Span<double> cusp = stackalloc double[13];
        var letter = system == HouseSystem.WholeSign ? 'E' : system.Letter();
        Tropical(Normalize(armc), latitude, obliquity, letter, cusp, out var ac, out var mc);
        for (var i = 1; i <= 12; i++)
        {
            cusp[i] = Normalize(cusp[i] - ayanamsha);
            if (system == HouseSystem.WholeSign)
            {
                cusp[i] -= cusp[i] % 30;
            }
        }

        if (system == HouseSystem.EqualAries)
        {
            for (var i = 1; i <= 12; i++)
            {
                cusp[i] = (i - 1) * 30;
            }
        }

        ascendant = Normalize(ac - ayanamsha);
        midheaven = Normalize(mc - ayanamsha);
        cusp[1..].CopyTo(cusps);
    }

    /// <summary>
    /// How fast the ascendant moves per unit of ARMC (swehouse.c AscDash without its time factor): the factor by which an
    /// error in sidereal time reaches the ascendant. It grows without bound towards the polar circles.
    /// </summary>
    internal static double AscendantSensitivity(double armc, double latitude, double obliquity)
    {
        var x = armc + 90;
        var cosx = Cos(x);
        var sinx = Sin(x);
        var sinx2 = sinx * sinx;
        var c = Cos(obliquity) * cosx - Tan(latitude) * Sin(obliquity);
        var d = sinx2 + c * c;
        return d > VerySmall ? Math.Abs((cosx * c + Cos(obliquity) * sinx2) / d) : double.PositiveInfinity;
    }

    /// <summary>CalcH for the supported letters: tropical cusps (index 1..12), ascendant and MC.</summary>
    private static void Tropical(double th, double fi, double ekl, char hsy, Span<double> cusp, out double ac, out double mc)
    {
        var cose = Cos(ekl);
        var sine = Sin(ekl);
        if (Math.Abs(Math.Abs(fi) - 90) < VerySmall)
        {
            fi = fi < 0 ? -90 + VerySmall : 90 - VerySmall;
        }

        if (Math.Abs(th - 90) > VerySmall && Math.Abs(th - 270) > VerySmall)
        {
            mc = Math.Atan(Tan(th) / cose) * RadiansToDegrees;
            if (th > 90 && th <= 270)
            {
                mc = Normalize(mc + 180);
            }
        }
        else
        {
            mc = Math.Abs(th - 90) <= VerySmall ? 90 : 270;
        }

        mc = Normalize(mc);
        ac = Asc1(th + 90, fi, sine, cose);
        cusp[1] = ac;
        cusp[10] = mc;
        double acmc;
        switch (hsy)
        {
            case 'A':
            case 'E':
                if (DifferenceNormalized(ac, mc) < 0)
                {
                    ac = Normalize(ac + 180);
                    cusp[1] = ac;
                }

                for (var i = 2; i <= 12; i++)
                {
                    cusp[i] = Normalize(cusp[1] + (i - 1) * 30);
                }

                break;
            case 'D':
                if (DifferenceNormalized(ac, mc) < 0)
                {
                    ac = Normalize(ac + 180);
                }

                cusp[10] = mc;
                for (var i = 11; i <= 12; i++)
                {
                    cusp[i] = Normalize(cusp[10] + (i - 10) * 30);
                }

                for (var i = 1; i <= 9; i++)
                {
                    cusp[i] = Normalize(cusp[10] + (i + 2) * 30);
                }

                break;
            case 'N':
                if (DifferenceNormalized(ac, mc) < 0)
                {
                    ac = Normalize(ac + 180);
                }

                for (var i = 1; i <= 12; i++)
                {
                    cusp[i] = (i - 1) * 30.0;
                }

                break;
            case 'O':
                acmc = DifferenceNormalized(ac, mc);
                if (acmc < 0)
                {
                    ac = Normalize(ac + 180);
                    acmc = DifferenceNormalized(ac, mc);
                }

                cusp[1] = ac;
                cusp[10] = mc;
                cusp[2] = Normalize(ac + (180 - acmc) / 3);
                cusp[3] = Normalize(ac + (180 - acmc) / 3 * 2);
                cusp[11] = Normalize(mc + acmc / 3);
                cusp[12] = Normalize(mc + acmc / 3 * 2);
                break;
            case 'S':
                acmc = DifferenceNormalized(ac, mc);
                if (acmc < 0)
                {
                    ac = Normalize(ac + 180);
                    acmc = DifferenceNormalized(ac, mc);
                }

                var s1 = (180 - acmc) / 3.0;
                var s4 = acmc / 3.0;
                cusp[1] = Normalize(ac - s4 * 0.5);
                cusp[2] = Normalize(ac + s1 * 0.5);
                cusp[3] = Normalize(ac + s1 * 1.5);
                cusp[10] = Normalize(mc - s1 * 0.5);
                cusp[11] = Normalize(mc + s4 * 0.5);
                cusp[12] = Normalize(mc + s4 * 1.5);
                break;
            case 'V':
                if (DifferenceNormalized(ac, mc) < 0)
                {
                    ac = Normalize(ac + 180);
                }

                cusp[1] = Normalize(ac - 15);
                for (var i = 2; i <= 12; i++)
                {
                    cusp[i] = Normalize(cusp[1] + (i - 1) * 30);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(hsy), hsy, "House system not computed by the fast path");
        }

        cusp[4] = Normalize(cusp[10] + 180);
        cusp[5] = Normalize(cusp[11] + 180);
        cusp[6] = Normalize(cusp[12] + 180);
        cusp[7] = Normalize(cusp[1] + 180);
        cusp[8] = Normalize(cusp[2] + 180);
        cusp[9] = Normalize(cusp[3] + 180);
    }

    private static double Asc1(double x1, double f, double sine, double cose)
    {
        x1 = Normalize(x1);
        var n = (int)(x1 / 90 + 1);
        if (Math.Abs(90 - f) < VerySmall)
        {
            return 180;
        }

        if (Math.Abs(90 + f) < VerySmall)
        {
            return 0;
        }

        var ass = n switch
        {
            1 => Asc2(x1, f, sine, cose),
            2 => 180 - Asc2(180 - x1, -f, sine, cose),
            3 => 180 + Asc2(x1 - 180, -f, sine, cose),
            _ => 360 - Asc2(360 - x1, f, sine, cose),
        };
        ass = Normalize(ass);
        if (Math.Abs(ass - 90) < VerySmall)
        {
            ass = 90;
        }

        if (Math.Abs(ass - 180) < VerySmall)
        {
            ass = 180;
        }

        if (Math.Abs(ass - 270) < VerySmall)
        {
            ass = 270;
        }

        if (Math.Abs(ass - 360) < VerySmall)
        {
            ass = 0;
        }

        return ass;
    }

    private static double Asc2(double x, double f, double sine, double cose)
    {
        var ass = -Tan(f) * sine + cose * Cos(x);
        if (Math.Abs(ass) < VerySmall)
        {
            ass = 0;
        }

        var sinx = Sin(x);
        if (Math.Abs(sinx) < VerySmall)
        {
            sinx = 0;
        }

        if (sinx == 0)
        {
            ass = ass < 0 ? -VerySmall : VerySmall;
        }
        else if (ass == 0)
        {
            ass = sinx < 0 ? -90 : 90;
        }
        else
        {
            ass = Math.Atan(sinx / ass) * RadiansToDegrees;
        }

        return ass < 0 ? 180 + ass : ass;
    }

    /// <summary>
    /// swe_degnorm: [0°, 360°), with the library's snap of tiny remainders to 0. Angles already within a turn of the
    /// range (all of them here) skip the slow floating remainder; the result is the same, since fmod is exact.
    /// </summary>
    internal static double Normalize(double x)
    {
        var y = x is >= 0 and < 360 ? x : x is > -360 and < 720 ? (x < 0 ? x : x - 360) : x % 360.0;
        if (Math.Abs(y) < 1e-13)
        {
            y = 0;
        }

        if (y < 0.0)
        {
            y += 360.0;
        }

        return y;
    }

    /// <summary>swe_difdeg2n: p1 − p2 in [−180°, 180°).</summary>
    private static double DifferenceNormalized(double p1, double p2)
    {
        var dif = Normalize(p1 - p2);
        return dif >= 180.0 ? dif - 360.0 : dif;
    }

    private static double Sin(double degrees) => Math.Sin(degrees * DegreesToRadians);

    private static double Cos(double degrees) => Math.Cos(degrees * DegreesToRadians);

    private static double Tan(double degrees) => Math.Tan(degrees * DegreesToRadians);
}
