; prefill
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@prefill_attn0_smem = external addrspace(3) global [0 x i8], align 1024

define ptx_kernel void @prefill_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [0 x i8] addrspace(3)* @prefill_attn0_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = add i32 %0, 65536
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %10, 2
	%13 = mul i32 %12, 512
	%14 = add i32 %4, %13
	%15 = lshr i32 %11, 2
	%16 = and i32 %11, 3
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = mul i32 %17, %NQ
	%19 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%20 = add i32 %18, %19
	%21 = mul i32 %hg, %NQ
	%22 = udiv i32 %20, %21
	%23 = urem i32 %20, %21
	%24 = mul i32 %22, %hg
	%25 = sub i32 %H, %24
	%26 = icmp slt i32 %hg, %25
	%27 = select i1 %26, i32 %hg, i32 %25
	%28 = sub i32 %NQ, 1
	%29 = udiv i32 %23, %27
	%30 = sub i32 %28, %29
	%31 = urem i32 %23, %27
	%32 = add i32 %24, %31
	%33 = sdiv i32 %32, %group
	%34 = mul i32 %30, 128
	%35 = mul i32 %32, %M
	%36 = mul i32 %35, 128
	%37 = sext i32 %36 to i64
	%38 = getelementptr i16, i16* %q, i64 %37
	%39 = mul i32 %33, %N
	%40 = mul i32 %39, 128
	%41 = sext i32 %40 to i64
	%42 = getelementptr i16, i16* %k, i64 %41
	%43 = mul i32 %33, %N
	%44 = mul i32 %43, 128
	%45 = sext i32 %44 to i64
	%46 = getelementptr i16, i16* %v, i64 %45
	%47 = udiv i32 %32, %lh
	%48 = mul i32 %47, %NQ
	%49 = add i32 %48, %30
	%50 = mul i32 %49, 2
	%51 = mul i32 %50, %NK
	%52 = mul i32 %32, %ch
	%53 = mul i32 %52, %NQ
	%54 = add i32 %53, %30
	%55 = mul i32 %54, %NK
	%56 = add i32 %51, 0
	%57 = sext i32 %56 to i64
	%58 = getelementptr i32, i32* %list, i64 %57
	%59 = load i32, i32* %58
	%60 = icmp sgt i32 %NK, 0
	%61 = icmp sge i32 %59, 0
	%62 = and i1 %60, %61
	%63 = lshr i32 %9, 4
	%64 = and i32 %9, 15
	%65 = lshr i32 %64, 3
	%66 = mul i32 %65, u0x4000
	%67 = and i32 %64, 7
	%68 = and i32 %63, 7
	%69 = xor i32 %67, %68
	%70 = mul i32 %63, 128
	%71 = shl i32 %69, 4
	%72 = add i32 %70, %71
	%73 = add i32 %66, %72
	%74 = add i32 %2, %73
	%75 = add i32 %34, %63
	%76 = mul i32 %75, 128
	%77 = mul i32 %64, 8
	%78 = add i32 %76, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i16, i16* %38, i64 %79
	%81 = add i32 %75, 0
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %80, i64 0
	%84 = select i1 %82, i16* %83, i16* %38
	%85 = add i32 %74, 0
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %75, 16
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %80, i64 2048
	%90 = select i1 %88, i16* %89, i16* %38
	%91 = add i32 %74, 2048
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	%93 = add i32 %75, 32
	%94 = icmp slt i32 %93, %M
	%95 = getelementptr i16, i16* %80, i64 u0x1000
	%96 = select i1 %94, i16* %95, i16* %38
	%97 = add i32 %74, u0x1000
	%98 = select i1 %94, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %97, i16* %96, i32 %98)
	%99 = add i32 %75, 48
	%100 = icmp slt i32 %99, %M
	%101 = getelementptr i16, i16* %80, i64 6144
	%102 = select i1 %100, i16* %101, i16* %38
	%103 = add i32 %74, 6144
	%104 = select i1 %100, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %103, i16* %102, i32 %104)
	%105 = add i32 %75, 64
	%106 = icmp slt i32 %105, %M
	%107 = getelementptr i16, i16* %80, i64 u0x2000
	%108 = select i1 %106, i16* %107, i16* %38
	%109 = add i32 %74, u0x2000
	%110 = select i1 %106, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %109, i16* %108, i32 %110)
	%111 = add i32 %75, 80
	%112 = icmp slt i32 %111, %M
	%113 = getelementptr i16, i16* %80, i64 10240
	%114 = select i1 %112, i16* %113, i16* %38
	%115 = add i32 %74, 10240
	%116 = select i1 %112, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %115, i16* %114, i32 %116)
	%117 = add i32 %75, 96
	%118 = icmp slt i32 %117, %M
	%119 = getelementptr i16, i16* %80, i64 12288
	%120 = select i1 %118, i16* %119, i16* %38
	%121 = add i32 %74, 12288
	%122 = select i1 %118, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %121, i16* %120, i32 %122)
	%123 = add i32 %75, 112
	%124 = icmp slt i32 %123, %M
	%125 = getelementptr i16, i16* %80, i64 14336
	%126 = select i1 %124, i16* %125, i16* %38
	%127 = add i32 %74, 14336
	%128 = select i1 %124, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %127, i16* %126, i32 %128)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %62, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%129 = and i32 %11, 7
	%130 = lshr i32 %11, 3
	%131 = and i32 %130, 1
	%132 = shl i32 %131, 3
	%133 = add i32 %129, %132
	%134 = lshr i32 %11, 4
	%135 = mul i32 %10, 16
	%136 = add i32 %133, 0
	%137 = add i32 %135, %136
	%138 = mul i32 %137, 256
	%139 = add i32 %2, %138
	%140 = and i32 %11, 7
	%141 = xor i32 %134, %140
	%142 = shl i32 %141, 4
	%143 = add i32 %139, %142
	%144 = mul i32 %59, 64
	%145 = lshr i32 %9, 4
	%146 = and i32 %9, 15
	%147 = lshr i32 %146, 3
	%148 = mul i32 %147, u0x2000
	%149 = and i32 %146, 7
	%150 = and i32 %145, 7
	%151 = xor i32 %149, %150
	%152 = mul i32 %145, 128
	%153 = shl i32 %151, 4
	%154 = add i32 %152, %153
	%155 = add i32 %148, %154
	%156 = add i32 %0, %155
	%157 = add i32 %144, %145
	%158 = mul i32 %157, 128
	%159 = mul i32 %146, 8
	%160 = add i32 %158, %159
	%161 = sext i32 %160 to i64
	%162 = getelementptr i16, i16* %42, i64 %161
	%163 = add i32 %157, 0
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %162, i64 0
	%166 = select i1 %164, i16* %165, i16* %42
	%167 = add i32 %156, 0
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	%169 = add i32 %157, 16
	%170 = icmp slt i32 %169, %N
	%171 = getelementptr i16, i16* %162, i64 2048
	%172 = select i1 %170, i16* %171, i16* %42
	%173 = add i32 %156, 2048
	%174 = select i1 %170, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %173, i16* %172, i32 %174)
	%175 = add i32 %157, 32
	%176 = icmp slt i32 %175, %N
	%177 = getelementptr i16, i16* %162, i64 u0x1000
	%178 = select i1 %176, i16* %177, i16* %42
	%179 = add i32 %156, u0x1000
	%180 = select i1 %176, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %179, i16* %178, i32 %180)
	%181 = add i32 %157, 48
	%182 = icmp slt i32 %181, %N
	%183 = getelementptr i16, i16* %162, i64 6144
	%184 = select i1 %182, i16* %183, i16* %42
	%185 = add i32 %156, 6144
	%186 = select i1 %182, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %185, i16* %184, i32 %186)
	%187 = mul i32 %59, 64
	%188 = lshr i32 %9, 4
	%189 = and i32 %9, 15
	%190 = lshr i32 %189, 3
	%191 = mul i32 %190, u0x2000
	%192 = and i32 %189, 7
	%193 = and i32 %188, 7
	%194 = xor i32 %192, %193
	%195 = mul i32 %188, 128
	%196 = shl i32 %194, 4
	%197 = add i32 %195, %196
	%198 = add i32 %191, %197
	%199 = add i32 %1, %198
	%200 = add i32 %187, %188
	%201 = mul i32 %200, 128
	%202 = mul i32 %189, 8
	%203 = add i32 %201, %202
	%204 = sext i32 %203 to i64
	%205 = getelementptr i16, i16* %46, i64 %204
	%206 = add i32 %200, 0
	%207 = icmp slt i32 %206, %N
	%208 = getelementptr i16, i16* %205, i64 0
	%209 = select i1 %207, i16* %208, i16* %46
	%210 = add i32 %199, 0
	%211 = select i1 %207, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %210, i16* %209, i32 %211)
	%212 = add i32 %200, 16
	%213 = icmp slt i32 %212, %N
	%214 = getelementptr i16, i16* %205, i64 2048
	%215 = select i1 %213, i16* %214, i16* %46
	%216 = add i32 %199, 2048
	%217 = select i1 %213, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %216, i16* %215, i32 %217)
	%218 = add i32 %200, 32
	%219 = icmp slt i32 %218, %N
	%220 = getelementptr i16, i16* %205, i64 u0x1000
	%221 = select i1 %219, i16* %220, i16* %46
	%222 = add i32 %199, u0x1000
	%223 = select i1 %219, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %222, i16* %221, i32 %223)
	%224 = add i32 %200, 48
	%225 = icmp slt i32 %224, %N
	%226 = getelementptr i16, i16* %205, i64 6144
	%227 = select i1 %225, i16* %226, i16* %46
	%228 = add i32 %199, 6144
	%229 = select i1 %225, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %228, i16* %227, i32 %229)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%230 = phi i32 [ 0, %prologue ], [ %305, %1413 ]
	%231 = phi i32 [ %59, %prologue ], [ %312, %1413 ]
	%232 = phi float [ 0.0, %prologue ], [ %1883, %1413 ]
	%233 = phi float [ 0.0, %prologue ], [ %1884, %1413 ]
	%234 = phi float [ 0.0, %prologue ], [ %1885, %1413 ]
	%235 = phi float [ 0.0, %prologue ], [ %1886, %1413 ]
	%236 = phi float [ 0.0, %prologue ], [ %1887, %1413 ]
	%237 = phi float [ 0.0, %prologue ], [ %1888, %1413 ]
	%238 = phi float [ 0.0, %prologue ], [ %1889, %1413 ]
	%239 = phi float [ 0.0, %prologue ], [ %1890, %1413 ]
	%240 = phi float [ 0.0, %prologue ], [ %1891, %1413 ]
	%241 = phi float [ 0.0, %prologue ], [ %1892, %1413 ]
	%242 = phi float [ 0.0, %prologue ], [ %1893, %1413 ]
	%243 = phi float [ 0.0, %prologue ], [ %1894, %1413 ]
	%244 = phi float [ 0.0, %prologue ], [ %1895, %1413 ]
	%245 = phi float [ 0.0, %prologue ], [ %1896, %1413 ]
	%246 = phi float [ 0.0, %prologue ], [ %1897, %1413 ]
	%247 = phi float [ 0.0, %prologue ], [ %1898, %1413 ]
	%248 = phi float [ 0.0, %prologue ], [ %1899, %1413 ]
	%249 = phi float [ 0.0, %prologue ], [ %1900, %1413 ]
	%250 = phi float [ 0.0, %prologue ], [ %1901, %1413 ]
	%251 = phi float [ 0.0, %prologue ], [ %1902, %1413 ]
	%252 = phi float [ 0.0, %prologue ], [ %1903, %1413 ]
	%253 = phi float [ 0.0, %prologue ], [ %1904, %1413 ]
	%254 = phi float [ 0.0, %prologue ], [ %1905, %1413 ]
	%255 = phi float [ 0.0, %prologue ], [ %1906, %1413 ]
	%256 = phi float [ 0.0, %prologue ], [ %1907, %1413 ]
	%257 = phi float [ 0.0, %prologue ], [ %1908, %1413 ]
	%258 = phi float [ 0.0, %prologue ], [ %1909, %1413 ]
	%259 = phi float [ 0.0, %prologue ], [ %1910, %1413 ]
	%260 = phi float [ 0.0, %prologue ], [ %1911, %1413 ]
	%261 = phi float [ 0.0, %prologue ], [ %1912, %1413 ]
	%262 = phi float [ 0.0, %prologue ], [ %1913, %1413 ]
	%263 = phi float [ 0.0, %prologue ], [ %1914, %1413 ]
	%264 = phi float [ 0.0, %prologue ], [ %1915, %1413 ]
	%265 = phi float [ 0.0, %prologue ], [ %1916, %1413 ]
	%266 = phi float [ 0.0, %prologue ], [ %1917, %1413 ]
	%267 = phi float [ 0.0, %prologue ], [ %1918, %1413 ]
	%268 = phi float [ 0.0, %prologue ], [ %1919, %1413 ]
	%269 = phi float [ 0.0, %prologue ], [ %1920, %1413 ]
	%270 = phi float [ 0.0, %prologue ], [ %1921, %1413 ]
	%271 = phi float [ 0.0, %prologue ], [ %1922, %1413 ]
	%272 = phi float [ 0.0, %prologue ], [ %1923, %1413 ]
	%273 = phi float [ 0.0, %prologue ], [ %1924, %1413 ]
	%274 = phi float [ 0.0, %prologue ], [ %1925, %1413 ]
	%275 = phi float [ 0.0, %prologue ], [ %1926, %1413 ]
	%276 = phi float [ 0.0, %prologue ], [ %1927, %1413 ]
	%277 = phi float [ 0.0, %prologue ], [ %1928, %1413 ]
	%278 = phi float [ 0.0, %prologue ], [ %1929, %1413 ]
	%279 = phi float [ 0.0, %prologue ], [ %1930, %1413 ]
	%280 = phi float [ 0.0, %prologue ], [ %1931, %1413 ]
	%281 = phi float [ 0.0, %prologue ], [ %1932, %1413 ]
	%282 = phi float [ 0.0, %prologue ], [ %1933, %1413 ]
	%283 = phi float [ 0.0, %prologue ], [ %1934, %1413 ]
	%284 = phi float [ 0.0, %prologue ], [ %1935, %1413 ]
	%285 = phi float [ 0.0, %prologue ], [ %1936, %1413 ]
	%286 = phi float [ 0.0, %prologue ], [ %1937, %1413 ]
	%287 = phi float [ 0.0, %prologue ], [ %1938, %1413 ]
	%288 = phi float [ 0.0, %prologue ], [ %1939, %1413 ]
	%289 = phi float [ 0.0, %prologue ], [ %1940, %1413 ]
	%290 = phi float [ 0.0, %prologue ], [ %1941, %1413 ]
	%291 = phi float [ 0.0, %prologue ], [ %1942, %1413 ]
	%292 = phi float [ 0.0, %prologue ], [ %1943, %1413 ]
	%293 = phi float [ 0.0, %prologue ], [ %1944, %1413 ]
	%294 = phi float [ 0.0, %prologue ], [ %1945, %1413 ]
	%295 = phi float [ 0.0, %prologue ], [ %1946, %1413 ]
	%296 = phi float [ 0xFFF0000000000000, %prologue ], [ %1480, %1413 ]
	%297 = phi float [ 0.0, %prologue ], [ %1531, %1413 ]
	%298 = phi float [ 0xFFF0000000000000, %prologue ], [ %1532, %1413 ]
	%299 = phi float [ 0.0, %prologue ], [ %1583, %1413 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%300 = mul i32 %231, 64
	%301 = and i32 %230, 1
	%302 = mul i32 %301, 2048
	%303 = add i32 %6, %302
	%304 = add i32 %8, %302
	%305 = add i32 %230, 1
	%306 = icmp slt i32 %305, %NK
	%307 = select i1 %306, i32 %305, i32 0
	%308 = add i32 %51, %307
	%309 = sext i32 %308 to i64
	%310 = getelementptr i32, i32* %list, i64 %309
	%311 = load i32, i32* %310
	%312 = select i1 %306, i32 %311, i32 -1
	%313 = icmp sge i32 %312, 0
	br i1 %313, label %prefetch, label %body

epilogue:
	%314 = phi float [ 0.0, %entry ], [ %1531, %1413 ]
	%315 = phi float [ 0.0, %entry ], [ %1583, %1413 ]
	%316 = phi i32 [ 0, %entry ], [ %305, %1413 ]
	%317 = phi float [ 0.0, %entry ], [ %1883, %1413 ]
	%318 = phi float [ 0.0, %entry ], [ %1884, %1413 ]
	%319 = phi float [ 0.0, %entry ], [ %1885, %1413 ]
	%320 = phi float [ 0.0, %entry ], [ %1886, %1413 ]
	%321 = phi float [ 0.0, %entry ], [ %1887, %1413 ]
	%322 = phi float [ 0.0, %entry ], [ %1888, %1413 ]
	%323 = phi float [ 0.0, %entry ], [ %1889, %1413 ]
	%324 = phi float [ 0.0, %entry ], [ %1890, %1413 ]
	%325 = phi float [ 0.0, %entry ], [ %1891, %1413 ]
	%326 = phi float [ 0.0, %entry ], [ %1892, %1413 ]
	%327 = phi float [ 0.0, %entry ], [ %1893, %1413 ]
	%328 = phi float [ 0.0, %entry ], [ %1894, %1413 ]
	%329 = phi float [ 0.0, %entry ], [ %1895, %1413 ]
	%330 = phi float [ 0.0, %entry ], [ %1896, %1413 ]
	%331 = phi float [ 0.0, %entry ], [ %1897, %1413 ]
	%332 = phi float [ 0.0, %entry ], [ %1898, %1413 ]
	%333 = phi float [ 0.0, %entry ], [ %1899, %1413 ]
	%334 = phi float [ 0.0, %entry ], [ %1900, %1413 ]
	%335 = phi float [ 0.0, %entry ], [ %1901, %1413 ]
	%336 = phi float [ 0.0, %entry ], [ %1902, %1413 ]
	%337 = phi float [ 0.0, %entry ], [ %1903, %1413 ]
	%338 = phi float [ 0.0, %entry ], [ %1904, %1413 ]
	%339 = phi float [ 0.0, %entry ], [ %1905, %1413 ]
	%340 = phi float [ 0.0, %entry ], [ %1906, %1413 ]
	%341 = phi float [ 0.0, %entry ], [ %1907, %1413 ]
	%342 = phi float [ 0.0, %entry ], [ %1908, %1413 ]
	%343 = phi float [ 0.0, %entry ], [ %1909, %1413 ]
	%344 = phi float [ 0.0, %entry ], [ %1910, %1413 ]
	%345 = phi float [ 0.0, %entry ], [ %1911, %1413 ]
	%346 = phi float [ 0.0, %entry ], [ %1912, %1413 ]
	%347 = phi float [ 0.0, %entry ], [ %1913, %1413 ]
	%348 = phi float [ 0.0, %entry ], [ %1914, %1413 ]
	%349 = phi float [ 0.0, %entry ], [ %1915, %1413 ]
	%350 = phi float [ 0.0, %entry ], [ %1916, %1413 ]
	%351 = phi float [ 0.0, %entry ], [ %1917, %1413 ]
	%352 = phi float [ 0.0, %entry ], [ %1918, %1413 ]
	%353 = phi float [ 0.0, %entry ], [ %1919, %1413 ]
	%354 = phi float [ 0.0, %entry ], [ %1920, %1413 ]
	%355 = phi float [ 0.0, %entry ], [ %1921, %1413 ]
	%356 = phi float [ 0.0, %entry ], [ %1922, %1413 ]
	%357 = phi float [ 0.0, %entry ], [ %1923, %1413 ]
	%358 = phi float [ 0.0, %entry ], [ %1924, %1413 ]
	%359 = phi float [ 0.0, %entry ], [ %1925, %1413 ]
	%360 = phi float [ 0.0, %entry ], [ %1926, %1413 ]
	%361 = phi float [ 0.0, %entry ], [ %1927, %1413 ]
	%362 = phi float [ 0.0, %entry ], [ %1928, %1413 ]
	%363 = phi float [ 0.0, %entry ], [ %1929, %1413 ]
	%364 = phi float [ 0.0, %entry ], [ %1930, %1413 ]
	%365 = phi float [ 0.0, %entry ], [ %1931, %1413 ]
	%366 = phi float [ 0.0, %entry ], [ %1932, %1413 ]
	%367 = phi float [ 0.0, %entry ], [ %1933, %1413 ]
	%368 = phi float [ 0.0, %entry ], [ %1934, %1413 ]
	%369 = phi float [ 0.0, %entry ], [ %1935, %1413 ]
	%370 = phi float [ 0.0, %entry ], [ %1936, %1413 ]
	%371 = phi float [ 0.0, %entry ], [ %1937, %1413 ]
	%372 = phi float [ 0.0, %entry ], [ %1938, %1413 ]
	%373 = phi float [ 0.0, %entry ], [ %1939, %1413 ]
	%374 = phi float [ 0.0, %entry ], [ %1940, %1413 ]
	%375 = phi float [ 0.0, %entry ], [ %1941, %1413 ]
	%376 = phi float [ 0.0, %entry ], [ %1942, %1413 ]
	%377 = phi float [ 0.0, %entry ], [ %1943, %1413 ]
	%378 = phi float [ 0.0, %entry ], [ %1944, %1413 ]
	%379 = phi float [ 0.0, %entry ], [ %1945, %1413 ]
	%380 = phi float [ 0.0, %entry ], [ %1946, %1413 ]
	%381 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %314, i32 1, i32 31)
	%382 = fadd float %314, %381
	%383 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %382, i32 2, i32 31)
	%384 = fadd float %382, %383
	%385 = fcmp ogt float %384, 0.0
	%386 = fdiv float 1.0, %384
	%387 = select i1 %385, float %386, float 0.0
	%388 = mul i32 %10, 16
	%389 = add i32 %34, %388
	%390 = add i32 %15, 0
	%391 = add i32 %389, %390
	%392 = fmul float %317, %387
	%393 = fmul float %318, %387
	%394 = fmul float %321, %387
	%395 = fmul float %322, %387
	%396 = fmul float %325, %387
	%397 = fmul float %326, %387
	%398 = fmul float %329, %387
	%399 = fmul float %330, %387
	%400 = fmul float %333, %387
	%401 = fmul float %334, %387
	%402 = fmul float %337, %387
	%403 = fmul float %338, %387
	%404 = fmul float %341, %387
	%405 = fmul float %342, %387
	%406 = fmul float %345, %387
	%407 = fmul float %346, %387
	%408 = fmul float %349, %387
	%409 = fmul float %350, %387
	%410 = fmul float %353, %387
	%411 = fmul float %354, %387
	%412 = fmul float %357, %387
	%413 = fmul float %358, %387
	%414 = fmul float %361, %387
	%415 = fmul float %362, %387
	%416 = fmul float %365, %387
	%417 = fmul float %366, %387
	%418 = fmul float %369, %387
	%419 = fmul float %370, %387
	%420 = fmul float %373, %387
	%421 = fmul float %374, %387
	%422 = fmul float %377, %387
	%423 = fmul float %378, %387
	%424 = icmp slt i32 %391, %M
	br i1 %424, label %store0, label %stored0

prefetch:
	%425 = xor i32 %301, 1
	%426 = mul i32 %425, u0x8000
	%427 = add i32 %0, %426
	%428 = mul i32 %312, 64
	%429 = lshr i32 %9, 4
	%430 = and i32 %9, 15
	%431 = lshr i32 %430, 3
	%432 = mul i32 %431, u0x2000
	%433 = and i32 %430, 7
	%434 = and i32 %429, 7
	%435 = xor i32 %433, %434
	%436 = mul i32 %429, 128
	%437 = shl i32 %435, 4
	%438 = add i32 %436, %437
	%439 = add i32 %432, %438
	%440 = add i32 %427, %439
	%441 = add i32 %428, %429
	%442 = mul i32 %441, 128
	%443 = mul i32 %430, 8
	%444 = add i32 %442, %443
	%445 = sext i32 %444 to i64
	%446 = getelementptr i16, i16* %42, i64 %445
	%447 = add i32 %441, 0
	%448 = icmp slt i32 %447, %N
	%449 = getelementptr i16, i16* %446, i64 0
	%450 = select i1 %448, i16* %449, i16* %42
	%451 = add i32 %440, 0
	%452 = select i1 %448, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %451, i16* %450, i32 %452)
	%453 = add i32 %441, 16
	%454 = icmp slt i32 %453, %N
	%455 = getelementptr i16, i16* %446, i64 2048
	%456 = select i1 %454, i16* %455, i16* %42
	%457 = add i32 %440, 2048
	%458 = select i1 %454, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %457, i16* %456, i32 %458)
	%459 = add i32 %441, 32
	%460 = icmp slt i32 %459, %N
	%461 = getelementptr i16, i16* %446, i64 u0x1000
	%462 = select i1 %460, i16* %461, i16* %42
	%463 = add i32 %440, u0x1000
	%464 = select i1 %460, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %463, i16* %462, i32 %464)
	%465 = add i32 %441, 48
	%466 = icmp slt i32 %465, %N
	%467 = getelementptr i16, i16* %446, i64 6144
	%468 = select i1 %466, i16* %467, i16* %42
	%469 = add i32 %440, 6144
	%470 = select i1 %466, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %469, i16* %468, i32 %470)
	%471 = add i32 %1, %426
	%472 = mul i32 %312, 64
	%473 = lshr i32 %9, 4
	%474 = and i32 %9, 15
	%475 = lshr i32 %474, 3
	%476 = mul i32 %475, u0x2000
	%477 = and i32 %474, 7
	%478 = and i32 %473, 7
	%479 = xor i32 %477, %478
	%480 = mul i32 %473, 128
	%481 = shl i32 %479, 4
	%482 = add i32 %480, %481
	%483 = add i32 %476, %482
	%484 = add i32 %471, %483
	%485 = add i32 %472, %473
	%486 = mul i32 %485, 128
	%487 = mul i32 %474, 8
	%488 = add i32 %486, %487
	%489 = sext i32 %488 to i64
	%490 = getelementptr i16, i16* %46, i64 %489
	%491 = add i32 %485, 0
	%492 = icmp slt i32 %491, %N
	%493 = getelementptr i16, i16* %490, i64 0
	%494 = select i1 %492, i16* %493, i16* %46
	%495 = add i32 %484, 0
	%496 = select i1 %492, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %495, i16* %494, i32 %496)
	%497 = add i32 %485, 16
	%498 = icmp slt i32 %497, %N
	%499 = getelementptr i16, i16* %490, i64 2048
	%500 = select i1 %498, i16* %499, i16* %46
	%501 = add i32 %484, 2048
	%502 = select i1 %498, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %501, i16* %500, i32 %502)
	%503 = add i32 %485, 32
	%504 = icmp slt i32 %503, %N
	%505 = getelementptr i16, i16* %490, i64 u0x1000
	%506 = select i1 %504, i16* %505, i16* %46
	%507 = add i32 %484, u0x1000
	%508 = select i1 %504, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %507, i16* %506, i32 %508)
	%509 = add i32 %485, 48
	%510 = icmp slt i32 %509, %N
	%511 = getelementptr i16, i16* %490, i64 6144
	%512 = select i1 %510, i16* %511, i16* %46
	%513 = add i32 %484, 6144
	%514 = select i1 %510, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %513, i16* %512, i32 %514)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%515 = add i32 %14, 0
	%516 = zext i32 %515 to i64
	%517 = or i64 %516, u0x4000004000010000
	%518 = add i32 %303, 0
	%519 = zext i32 %518 to i64
	%520 = or i64 %519, u0x4000004000010000
	%521 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %517, i64 %520, i32 1)
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 0
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 1
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 2
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 3
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 4
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 5
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 6
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 7
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 8
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 9
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 10
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 11
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 12
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 13
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 14
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 15
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 16
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 17
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 18
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 19
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 20
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 21
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 22
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 23
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 24
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 25
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 26
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 27
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 28
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 29
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 30
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %521, 31
	%554 = add i32 %14, 2
	%555 = zext i32 %554 to i64
	%556 = or i64 %555, u0x4000004000010000
	%557 = add i32 %303, 2
	%558 = zext i32 %557 to i64
	%559 = or i64 %558, u0x4000004000010000
	%560 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, i64 %556, i64 %559, i32 1)
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 0
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 1
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 2
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 3
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 4
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 5
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 6
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 7
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 8
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 9
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 10
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 11
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 12
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 13
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 14
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 15
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 16
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 17
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 18
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 19
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 20
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 21
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 22
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 23
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 24
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 25
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 26
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 27
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 28
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 29
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 30
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %560, 31
	%593 = add i32 %14, 4
	%594 = zext i32 %593 to i64
	%595 = or i64 %594, u0x4000004000010000
	%596 = add i32 %303, 4
	%597 = zext i32 %596 to i64
	%598 = or i64 %597, u0x4000004000010000
	%599 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, i64 %595, i64 %598, i32 1)
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 0
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 1
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 2
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 3
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 4
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 5
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 6
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 7
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 8
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 9
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 10
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 11
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 12
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 13
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 14
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 15
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 16
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 17
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 18
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 19
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 20
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 21
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 22
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 23
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 24
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 25
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 26
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 27
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 28
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 29
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 30
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %599, 31
	%632 = add i32 %14, 6
	%633 = zext i32 %632 to i64
	%634 = or i64 %633, u0x4000004000010000
	%635 = add i32 %303, 6
	%636 = zext i32 %635 to i64
	%637 = or i64 %636, u0x4000004000010000
	%638 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, float %620, float %621, float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, i64 %634, i64 %637, i32 1)
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 0
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 1
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 2
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 3
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 4
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 5
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 6
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 7
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 8
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 9
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 10
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 11
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 12
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 13
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 14
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 15
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 16
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 17
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 18
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 19
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 20
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 21
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 22
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 23
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 24
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 25
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 26
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 27
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 28
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 29
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 30
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %638, 31
	%671 = add i32 %14, 1024
	%672 = zext i32 %671 to i64
	%673 = or i64 %672, u0x4000004000010000
	%674 = add i32 %303, 512
	%675 = zext i32 %674 to i64
	%676 = or i64 %675, u0x4000004000010000
	%677 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %639, float %640, float %641, float %642, float %643, float %644, float %645, float %646, float %647, float %648, float %649, float %650, float %651, float %652, float %653, float %654, float %655, float %656, float %657, float %658, float %659, float %660, float %661, float %662, float %663, float %664, float %665, float %666, float %667, float %668, float %669, float %670, i64 %673, i64 %676, i32 1)
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 0
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 1
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 2
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 3
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 4
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 5
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 6
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 7
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 8
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 9
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 10
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 11
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 12
	%691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 13
	%692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 14
	%693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 15
	%694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 16
	%695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 17
	%696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 18
	%697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 19
	%698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 20
	%699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 21
	%700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 22
	%701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 23
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 24
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 25
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 26
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 27
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 28
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 29
	%708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 30
	%709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %677, 31
	%710 = add i32 %14, 1026
	%711 = zext i32 %710 to i64
	%712 = or i64 %711, u0x4000004000010000
	%713 = add i32 %303, 514
	%714 = zext i32 %713 to i64
	%715 = or i64 %714, u0x4000004000010000
	%716 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %678, float %679, float %680, float %681, float %682, float %683, float %684, float %685, float %686, float %687, float %688, float %689, float %690, float %691, float %692, float %693, float %694, float %695, float %696, float %697, float %698, float %699, float %700, float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, i64 %712, i64 %715, i32 1)
	%717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 0
	%718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 1
	%719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 2
	%720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 3
	%721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 4
	%722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 5
	%723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 6
	%724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 7
	%725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 8
	%726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 9
	%727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 10
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 11
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 12
	%730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 13
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 14
	%732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 15
	%733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 16
	%734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 17
	%735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 18
	%736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 19
	%737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 20
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 21
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 22
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 23
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 24
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 25
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 26
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 27
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 28
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 29
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 30
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 31
	%749 = add i32 %14, 1028
	%750 = zext i32 %749 to i64
	%751 = or i64 %750, u0x4000004000010000
	%752 = add i32 %303, 516
	%753 = zext i32 %752 to i64
	%754 = or i64 %753, u0x4000004000010000
	%755 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %717, float %718, float %719, float %720, float %721, float %722, float %723, float %724, float %725, float %726, float %727, float %728, float %729, float %730, float %731, float %732, float %733, float %734, float %735, float %736, float %737, float %738, float %739, float %740, float %741, float %742, float %743, float %744, float %745, float %746, float %747, float %748, i64 %751, i64 %754, i32 1)
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 0
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 1
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 2
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 3
	%760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 4
	%761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 5
	%762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 6
	%763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 7
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 8
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 9
	%766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 10
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 11
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 12
	%769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 13
	%770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 14
	%771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 15
	%772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 16
	%773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 17
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 18
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 19
	%776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 20
	%777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 21
	%778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 22
	%779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 23
	%780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 24
	%781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 25
	%782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 26
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 27
	%784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 28
	%785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 29
	%786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 30
	%787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %755, 31
	%788 = add i32 %14, 1030
	%789 = zext i32 %788 to i64
	%790 = or i64 %789, u0x4000004000010000
	%791 = add i32 %303, 518
	%792 = zext i32 %791 to i64
	%793 = or i64 %792, u0x4000004000010000
	%794 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %756, float %757, float %758, float %759, float %760, float %761, float %762, float %763, float %764, float %765, float %766, float %767, float %768, float %769, float %770, float %771, float %772, float %773, float %774, float %775, float %776, float %777, float %778, float %779, float %780, float %781, float %782, float %783, float %784, float %785, float %786, float %787, i64 %790, i64 %793, i32 1)
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 0
	%796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 1
	%797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 2
	%798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 3
	%799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 4
	%800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 5
	%801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 6
	%802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 7
	%803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 8
	%804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 9
	%805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 10
	%806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 11
	%807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 12
	%808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 13
	%809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 14
	%810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 15
	%811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 16
	%812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 17
	%813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 18
	%814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 19
	%815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 20
	%816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 21
	%817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 22
	%818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 23
	%819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 24
	%820 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 25
	%821 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 26
	%822 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 27
	%823 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 28
	%824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 29
	%825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 30
	%826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %794, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%827 = call float asm sideeffect "", "=f,0"(float %795)
	%828 = call float asm sideeffect "", "=f,0"(float %796)
	%829 = call float asm sideeffect "", "=f,0"(float %797)
	%830 = call float asm sideeffect "", "=f,0"(float %798)
	%831 = call float asm sideeffect "", "=f,0"(float %799)
	%832 = call float asm sideeffect "", "=f,0"(float %800)
	%833 = call float asm sideeffect "", "=f,0"(float %801)
	%834 = call float asm sideeffect "", "=f,0"(float %802)
	%835 = call float asm sideeffect "", "=f,0"(float %803)
	%836 = call float asm sideeffect "", "=f,0"(float %804)
	%837 = call float asm sideeffect "", "=f,0"(float %805)
	%838 = call float asm sideeffect "", "=f,0"(float %806)
	%839 = call float asm sideeffect "", "=f,0"(float %807)
	%840 = call float asm sideeffect "", "=f,0"(float %808)
	%841 = call float asm sideeffect "", "=f,0"(float %809)
	%842 = call float asm sideeffect "", "=f,0"(float %810)
	%843 = call float asm sideeffect "", "=f,0"(float %811)
	%844 = call float asm sideeffect "", "=f,0"(float %812)
	%845 = call float asm sideeffect "", "=f,0"(float %813)
	%846 = call float asm sideeffect "", "=f,0"(float %814)
	%847 = call float asm sideeffect "", "=f,0"(float %815)
	%848 = call float asm sideeffect "", "=f,0"(float %816)
	%849 = call float asm sideeffect "", "=f,0"(float %817)
	%850 = call float asm sideeffect "", "=f,0"(float %818)
	%851 = call float asm sideeffect "", "=f,0"(float %819)
	%852 = call float asm sideeffect "", "=f,0"(float %820)
	%853 = call float asm sideeffect "", "=f,0"(float %821)
	%854 = call float asm sideeffect "", "=f,0"(float %822)
	%855 = call float asm sideeffect "", "=f,0"(float %823)
	%856 = call float asm sideeffect "", "=f,0"(float %824)
	%857 = call float asm sideeffect "", "=f,0"(float %825)
	%858 = call float asm sideeffect "", "=f,0"(float %826)
	%859 = mul i32 %10, 16
	%860 = add i32 %34, %859
	%861 = add i32 %15, 0
	%862 = add i32 %860, %861
	%863 = mul i32 %10, 16
	%864 = add i32 %34, %863
	%865 = add i32 %15, 8
	%866 = add i32 %864, %865
	%867 = sitofp i32 %32 to float
	%868 = add i32 %55, %231
	%869 = sext i32 %868 to i64
	%870 = getelementptr i8, i8* %cls, i64 %869
	%871 = load i8, i8* %870
	%872 = icmp ne i8 %871, 2
	br i1 %872, label %partial, label %softmax

partial:
	%873 = shl i32 %16, 1
	%874 = add i32 0, %873
	%875 = add i32 %300, %874
	%876 = icmp slt i32 %875, %N
	%877 = select i1 %876, i32 %875, i32 0
	%878 = sitofp i32 %862 to float
	%879 = sitofp i32 %877 to float
	%880 = fcmp ole float %879, %878
	%881 = uitofp i1 %880 to float
	%882 = fcmp une float %881, 0.0
	%883 = and i1 %876, %882
	%884 = select i1 %883, float %827, float 0xFFF0000000000000
	%885 = shl i32 %16, 1
	%886 = add i32 1, %885
	%887 = add i32 %300, %886
	%888 = icmp slt i32 %887, %N
	%889 = select i1 %888, i32 %887, i32 0
	%890 = sitofp i32 %862 to float
	%891 = sitofp i32 %889 to float
	%892 = fcmp ole float %891, %890
	%893 = uitofp i1 %892 to float
	%894 = fcmp une float %893, 0.0
	%895 = and i1 %888, %894
	%896 = select i1 %895, float %828, float 0xFFF0000000000000
	%897 = shl i32 %16, 1
	%898 = add i32 0, %897
	%899 = add i32 %300, %898
	%900 = icmp slt i32 %899, %N
	%901 = select i1 %900, i32 %899, i32 0
	%902 = sitofp i32 %866 to float
	%903 = sitofp i32 %901 to float
	%904 = fcmp ole float %903, %902
	%905 = uitofp i1 %904 to float
	%906 = fcmp une float %905, 0.0
	%907 = and i1 %900, %906
	%908 = select i1 %907, float %829, float 0xFFF0000000000000
	%909 = shl i32 %16, 1
	%910 = add i32 1, %909
	%911 = add i32 %300, %910
	%912 = icmp slt i32 %911, %N
	%913 = select i1 %912, i32 %911, i32 0
	%914 = sitofp i32 %866 to float
	%915 = sitofp i32 %913 to float
	%916 = fcmp ole float %915, %914
	%917 = uitofp i1 %916 to float
	%918 = fcmp une float %917, 0.0
	%919 = and i1 %912, %918
	%920 = select i1 %919, float %830, float 0xFFF0000000000000
	%921 = shl i32 %16, 1
	%922 = add i32 8, %921
	%923 = add i32 %300, %922
	%924 = icmp slt i32 %923, %N
	%925 = select i1 %924, i32 %923, i32 0
	%926 = sitofp i32 %862 to float
	%927 = sitofp i32 %925 to float
	%928 = fcmp ole float %927, %926
	%929 = uitofp i1 %928 to float
	%930 = fcmp une float %929, 0.0
	%931 = and i1 %924, %930
	%932 = select i1 %931, float %831, float 0xFFF0000000000000
	%933 = shl i32 %16, 1
	%934 = add i32 9, %933
	%935 = add i32 %300, %934
	%936 = icmp slt i32 %935, %N
	%937 = select i1 %936, i32 %935, i32 0
	%938 = sitofp i32 %862 to float
	%939 = sitofp i32 %937 to float
	%940 = fcmp ole float %939, %938
	%941 = uitofp i1 %940 to float
	%942 = fcmp une float %941, 0.0
	%943 = and i1 %936, %942
	%944 = select i1 %943, float %832, float 0xFFF0000000000000
	%945 = shl i32 %16, 1
	%946 = add i32 8, %945
	%947 = add i32 %300, %946
	%948 = icmp slt i32 %947, %N
	%949 = select i1 %948, i32 %947, i32 0
	%950 = sitofp i32 %866 to float
	%951 = sitofp i32 %949 to float
	%952 = fcmp ole float %951, %950
	%953 = uitofp i1 %952 to float
	%954 = fcmp une float %953, 0.0
	%955 = and i1 %948, %954
	%956 = select i1 %955, float %833, float 0xFFF0000000000000
	%957 = shl i32 %16, 1
	%958 = add i32 9, %957
	%959 = add i32 %300, %958
	%960 = icmp slt i32 %959, %N
	%961 = select i1 %960, i32 %959, i32 0
	%962 = sitofp i32 %866 to float
	%963 = sitofp i32 %961 to float
	%964 = fcmp ole float %963, %962
	%965 = uitofp i1 %964 to float
	%966 = fcmp une float %965, 0.0
	%967 = and i1 %960, %966
	%968 = select i1 %967, float %834, float 0xFFF0000000000000
	%969 = shl i32 %16, 1
	%970 = add i32 16, %969
	%971 = add i32 %300, %970
	%972 = icmp slt i32 %971, %N
	%973 = select i1 %972, i32 %971, i32 0
	%974 = sitofp i32 %862 to float
	%975 = sitofp i32 %973 to float
	%976 = fcmp ole float %975, %974
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = and i1 %972, %978
	%980 = select i1 %979, float %835, float 0xFFF0000000000000
	%981 = shl i32 %16, 1
	%982 = add i32 17, %981
	%983 = add i32 %300, %982
	%984 = icmp slt i32 %983, %N
	%985 = select i1 %984, i32 %983, i32 0
	%986 = sitofp i32 %862 to float
	%987 = sitofp i32 %985 to float
	%988 = fcmp ole float %987, %986
	%989 = uitofp i1 %988 to float
	%990 = fcmp une float %989, 0.0
	%991 = and i1 %984, %990
	%992 = select i1 %991, float %836, float 0xFFF0000000000000
	%993 = shl i32 %16, 1
	%994 = add i32 16, %993
	%995 = add i32 %300, %994
	%996 = icmp slt i32 %995, %N
	%997 = select i1 %996, i32 %995, i32 0
	%998 = sitofp i32 %866 to float
	%999 = sitofp i32 %997 to float
	%1000 = fcmp ole float %999, %998
	%1001 = uitofp i1 %1000 to float
	%1002 = fcmp une float %1001, 0.0
	%1003 = and i1 %996, %1002
	%1004 = select i1 %1003, float %837, float 0xFFF0000000000000
	%1005 = shl i32 %16, 1
	%1006 = add i32 17, %1005
	%1007 = add i32 %300, %1006
	%1008 = icmp slt i32 %1007, %N
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = sitofp i32 %866 to float
	%1011 = sitofp i32 %1009 to float
	%1012 = fcmp ole float %1011, %1010
	%1013 = uitofp i1 %1012 to float
	%1014 = fcmp une float %1013, 0.0
	%1015 = and i1 %1008, %1014
	%1016 = select i1 %1015, float %838, float 0xFFF0000000000000
	%1017 = shl i32 %16, 1
	%1018 = add i32 24, %1017
	%1019 = add i32 %300, %1018
	%1020 = icmp slt i32 %1019, %N
	%1021 = select i1 %1020, i32 %1019, i32 0
	%1022 = sitofp i32 %862 to float
	%1023 = sitofp i32 %1021 to float
	%1024 = fcmp ole float %1023, %1022
	%1025 = uitofp i1 %1024 to float
	%1026 = fcmp une float %1025, 0.0
	%1027 = and i1 %1020, %1026
	%1028 = select i1 %1027, float %839, float 0xFFF0000000000000
	%1029 = shl i32 %16, 1
	%1030 = add i32 25, %1029
	%1031 = add i32 %300, %1030
	%1032 = icmp slt i32 %1031, %N
	%1033 = select i1 %1032, i32 %1031, i32 0
	%1034 = sitofp i32 %862 to float
	%1035 = sitofp i32 %1033 to float
	%1036 = fcmp ole float %1035, %1034
	%1037 = uitofp i1 %1036 to float
	%1038 = fcmp une float %1037, 0.0
	%1039 = and i1 %1032, %1038
	%1040 = select i1 %1039, float %840, float 0xFFF0000000000000
	%1041 = shl i32 %16, 1
	%1042 = add i32 24, %1041
	%1043 = add i32 %300, %1042
	%1044 = icmp slt i32 %1043, %N
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = sitofp i32 %866 to float
	%1047 = sitofp i32 %1045 to float
	%1048 = fcmp ole float %1047, %1046
	%1049 = uitofp i1 %1048 to float
	%1050 = fcmp une float %1049, 0.0
	%1051 = and i1 %1044, %1050
	%1052 = select i1 %1051, float %841, float 0xFFF0000000000000
	%1053 = shl i32 %16, 1
	%1054 = add i32 25, %1053
	%1055 = add i32 %300, %1054
	%1056 = icmp slt i32 %1055, %N
	%1057 = select i1 %1056, i32 %1055, i32 0
	%1058 = sitofp i32 %866 to float
	%1059 = sitofp i32 %1057 to float
	%1060 = fcmp ole float %1059, %1058
	%1061 = uitofp i1 %1060 to float
	%1062 = fcmp une float %1061, 0.0
	%1063 = and i1 %1056, %1062
	%1064 = select i1 %1063, float %842, float 0xFFF0000000000000
	%1065 = shl i32 %16, 1
	%1066 = add i32 32, %1065
	%1067 = add i32 %300, %1066
	%1068 = icmp slt i32 %1067, %N
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = sitofp i32 %862 to float
	%1071 = sitofp i32 %1069 to float
	%1072 = fcmp ole float %1071, %1070
	%1073 = uitofp i1 %1072 to float
	%1074 = fcmp une float %1073, 0.0
	%1075 = and i1 %1068, %1074
	%1076 = select i1 %1075, float %843, float 0xFFF0000000000000
	%1077 = shl i32 %16, 1
	%1078 = add i32 33, %1077
	%1079 = add i32 %300, %1078
	%1080 = icmp slt i32 %1079, %N
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = sitofp i32 %862 to float
	%1083 = sitofp i32 %1081 to float
	%1084 = fcmp ole float %1083, %1082
	%1085 = uitofp i1 %1084 to float
	%1086 = fcmp une float %1085, 0.0
	%1087 = and i1 %1080, %1086
	%1088 = select i1 %1087, float %844, float 0xFFF0000000000000
	%1089 = shl i32 %16, 1
	%1090 = add i32 32, %1089
	%1091 = add i32 %300, %1090
	%1092 = icmp slt i32 %1091, %N
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = sitofp i32 %866 to float
	%1095 = sitofp i32 %1093 to float
	%1096 = fcmp ole float %1095, %1094
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = and i1 %1092, %1098
	%1100 = select i1 %1099, float %845, float 0xFFF0000000000000
	%1101 = shl i32 %16, 1
	%1102 = add i32 33, %1101
	%1103 = add i32 %300, %1102
	%1104 = icmp slt i32 %1103, %N
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = sitofp i32 %866 to float
	%1107 = sitofp i32 %1105 to float
	%1108 = fcmp ole float %1107, %1106
	%1109 = uitofp i1 %1108 to float
	%1110 = fcmp une float %1109, 0.0
	%1111 = and i1 %1104, %1110
	%1112 = select i1 %1111, float %846, float 0xFFF0000000000000
	%1113 = shl i32 %16, 1
	%1114 = add i32 40, %1113
	%1115 = add i32 %300, %1114
	%1116 = icmp slt i32 %1115, %N
	%1117 = select i1 %1116, i32 %1115, i32 0
	%1118 = sitofp i32 %862 to float
	%1119 = sitofp i32 %1117 to float
	%1120 = fcmp ole float %1119, %1118
	%1121 = uitofp i1 %1120 to float
	%1122 = fcmp une float %1121, 0.0
	%1123 = and i1 %1116, %1122
	%1124 = select i1 %1123, float %847, float 0xFFF0000000000000
	%1125 = shl i32 %16, 1
	%1126 = add i32 41, %1125
	%1127 = add i32 %300, %1126
	%1128 = icmp slt i32 %1127, %N
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = sitofp i32 %862 to float
	%1131 = sitofp i32 %1129 to float
	%1132 = fcmp ole float %1131, %1130
	%1133 = uitofp i1 %1132 to float
	%1134 = fcmp une float %1133, 0.0
	%1135 = and i1 %1128, %1134
	%1136 = select i1 %1135, float %848, float 0xFFF0000000000000
	%1137 = shl i32 %16, 1
	%1138 = add i32 40, %1137
	%1139 = add i32 %300, %1138
	%1140 = icmp slt i32 %1139, %N
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = sitofp i32 %866 to float
	%1143 = sitofp i32 %1141 to float
	%1144 = fcmp ole float %1143, %1142
	%1145 = uitofp i1 %1144 to float
	%1146 = fcmp une float %1145, 0.0
	%1147 = and i1 %1140, %1146
	%1148 = select i1 %1147, float %849, float 0xFFF0000000000000
	%1149 = shl i32 %16, 1
	%1150 = add i32 41, %1149
	%1151 = add i32 %300, %1150
	%1152 = icmp slt i32 %1151, %N
	%1153 = select i1 %1152, i32 %1151, i32 0
	%1154 = sitofp i32 %866 to float
	%1155 = sitofp i32 %1153 to float
	%1156 = fcmp ole float %1155, %1154
	%1157 = uitofp i1 %1156 to float
	%1158 = fcmp une float %1157, 0.0
	%1159 = and i1 %1152, %1158
	%1160 = select i1 %1159, float %850, float 0xFFF0000000000000
	%1161 = shl i32 %16, 1
	%1162 = add i32 48, %1161
	%1163 = add i32 %300, %1162
	%1164 = icmp slt i32 %1163, %N
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = sitofp i32 %862 to float
	%1167 = sitofp i32 %1165 to float
	%1168 = fcmp ole float %1167, %1166
	%1169 = uitofp i1 %1168 to float
	%1170 = fcmp une float %1169, 0.0
	%1171 = and i1 %1164, %1170
	%1172 = select i1 %1171, float %851, float 0xFFF0000000000000
	%1173 = shl i32 %16, 1
	%1174 = add i32 49, %1173
	%1175 = add i32 %300, %1174
	%1176 = icmp slt i32 %1175, %N
	%1177 = select i1 %1176, i32 %1175, i32 0
	%1178 = sitofp i32 %862 to float
	%1179 = sitofp i32 %1177 to float
	%1180 = fcmp ole float %1179, %1178
	%1181 = uitofp i1 %1180 to float
	%1182 = fcmp une float %1181, 0.0
	%1183 = and i1 %1176, %1182
	%1184 = select i1 %1183, float %852, float 0xFFF0000000000000
	%1185 = shl i32 %16, 1
	%1186 = add i32 48, %1185
	%1187 = add i32 %300, %1186
	%1188 = icmp slt i32 %1187, %N
	%1189 = select i1 %1188, i32 %1187, i32 0
	%1190 = sitofp i32 %866 to float
	%1191 = sitofp i32 %1189 to float
	%1192 = fcmp ole float %1191, %1190
	%1193 = uitofp i1 %1192 to float
	%1194 = fcmp une float %1193, 0.0
	%1195 = and i1 %1188, %1194
	%1196 = select i1 %1195, float %853, float 0xFFF0000000000000
	%1197 = shl i32 %16, 1
	%1198 = add i32 49, %1197
	%1199 = add i32 %300, %1198
	%1200 = icmp slt i32 %1199, %N
	%1201 = select i1 %1200, i32 %1199, i32 0
	%1202 = sitofp i32 %866 to float
	%1203 = sitofp i32 %1201 to float
	%1204 = fcmp ole float %1203, %1202
	%1205 = uitofp i1 %1204 to float
	%1206 = fcmp une float %1205, 0.0
	%1207 = and i1 %1200, %1206
	%1208 = select i1 %1207, float %854, float 0xFFF0000000000000
	%1209 = shl i32 %16, 1
	%1210 = add i32 56, %1209
	%1211 = add i32 %300, %1210
	%1212 = icmp slt i32 %1211, %N
	%1213 = select i1 %1212, i32 %1211, i32 0
	%1214 = sitofp i32 %862 to float
	%1215 = sitofp i32 %1213 to float
	%1216 = fcmp ole float %1215, %1214
	%1217 = uitofp i1 %1216 to float
	%1218 = fcmp une float %1217, 0.0
	%1219 = and i1 %1212, %1218
	%1220 = select i1 %1219, float %855, float 0xFFF0000000000000
	%1221 = shl i32 %16, 1
	%1222 = add i32 57, %1221
	%1223 = add i32 %300, %1222
	%1224 = icmp slt i32 %1223, %N
	%1225 = select i1 %1224, i32 %1223, i32 0
	%1226 = sitofp i32 %862 to float
	%1227 = sitofp i32 %1225 to float
	%1228 = fcmp ole float %1227, %1226
	%1229 = uitofp i1 %1228 to float
	%1230 = fcmp une float %1229, 0.0
	%1231 = and i1 %1224, %1230
	%1232 = select i1 %1231, float %856, float 0xFFF0000000000000
	%1233 = shl i32 %16, 1
	%1234 = add i32 56, %1233
	%1235 = add i32 %300, %1234
	%1236 = icmp slt i32 %1235, %N
	%1237 = select i1 %1236, i32 %1235, i32 0
	%1238 = sitofp i32 %866 to float
	%1239 = sitofp i32 %1237 to float
	%1240 = fcmp ole float %1239, %1238
	%1241 = uitofp i1 %1240 to float
	%1242 = fcmp une float %1241, 0.0
	%1243 = and i1 %1236, %1242
	%1244 = select i1 %1243, float %857, float 0xFFF0000000000000
	%1245 = shl i32 %16, 1
	%1246 = add i32 57, %1245
	%1247 = add i32 %300, %1246
	%1248 = icmp slt i32 %1247, %N
	%1249 = select i1 %1248, i32 %1247, i32 0
	%1250 = sitofp i32 %866 to float
	%1251 = sitofp i32 %1249 to float
	%1252 = fcmp ole float %1251, %1250
	%1253 = uitofp i1 %1252 to float
	%1254 = fcmp une float %1253, 0.0
	%1255 = and i1 %1248, %1254
	%1256 = select i1 %1255, float %858, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1257 = phi float [ %827, %body ], [ %884, %partial ]
	%1258 = phi float [ %828, %body ], [ %896, %partial ]
	%1259 = phi float [ %829, %body ], [ %908, %partial ]
	%1260 = phi float [ %830, %body ], [ %920, %partial ]
	%1261 = phi float [ %831, %body ], [ %932, %partial ]
	%1262 = phi float [ %832, %body ], [ %944, %partial ]
	%1263 = phi float [ %833, %body ], [ %956, %partial ]
	%1264 = phi float [ %834, %body ], [ %968, %partial ]
	%1265 = phi float [ %835, %body ], [ %980, %partial ]
	%1266 = phi float [ %836, %body ], [ %992, %partial ]
	%1267 = phi float [ %837, %body ], [ %1004, %partial ]
	%1268 = phi float [ %838, %body ], [ %1016, %partial ]
	%1269 = phi float [ %839, %body ], [ %1028, %partial ]
	%1270 = phi float [ %840, %body ], [ %1040, %partial ]
	%1271 = phi float [ %841, %body ], [ %1052, %partial ]
	%1272 = phi float [ %842, %body ], [ %1064, %partial ]
	%1273 = phi float [ %843, %body ], [ %1076, %partial ]
	%1274 = phi float [ %844, %body ], [ %1088, %partial ]
	%1275 = phi float [ %845, %body ], [ %1100, %partial ]
	%1276 = phi float [ %846, %body ], [ %1112, %partial ]
	%1277 = phi float [ %847, %body ], [ %1124, %partial ]
	%1278 = phi float [ %848, %body ], [ %1136, %partial ]
	%1279 = phi float [ %849, %body ], [ %1148, %partial ]
	%1280 = phi float [ %850, %body ], [ %1160, %partial ]
	%1281 = phi float [ %851, %body ], [ %1172, %partial ]
	%1282 = phi float [ %852, %body ], [ %1184, %partial ]
	%1283 = phi float [ %853, %body ], [ %1196, %partial ]
	%1284 = phi float [ %854, %body ], [ %1208, %partial ]
	%1285 = phi float [ %855, %body ], [ %1220, %partial ]
	%1286 = phi float [ %856, %body ], [ %1232, %partial ]
	%1287 = phi float [ %857, %body ], [ %1244, %partial ]
	%1288 = phi float [ %858, %body ], [ %1256, %partial ]
	%1289 = call float @llvm.nvvm.fmax.f(float %1257, float %1258)
	%1290 = call float @llvm.nvvm.fmax.f(float %1261, float %1262)
	%1291 = call float @llvm.nvvm.fmax.f(float %1265, float %1266)
	%1292 = call float @llvm.nvvm.fmax.f(float %1269, float %1270)
	%1293 = call float @llvm.nvvm.fmax.f(float %1273, float %1274)
	%1294 = call float @llvm.nvvm.fmax.f(float %1277, float %1278)
	%1295 = call float @llvm.nvvm.fmax.f(float %1281, float %1282)
	%1296 = call float @llvm.nvvm.fmax.f(float %1285, float %1286)
	%1297 = call float @llvm.nvvm.fmax.f(float %1289, float %1290)
	%1298 = call float @llvm.nvvm.fmax.f(float %1291, float %1292)
	%1299 = call float @llvm.nvvm.fmax.f(float %1293, float %1294)
	%1300 = call float @llvm.nvvm.fmax.f(float %1295, float %1296)
	%1301 = call float @llvm.nvvm.fmax.f(float %1297, float %1298)
	%1302 = call float @llvm.nvvm.fmax.f(float %1299, float %1300)
	%1303 = call float @llvm.nvvm.fmax.f(float %1301, float %1302)
	%1304 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1303, i32 1, i32 31)
	%1305 = call float @llvm.nvvm.fmax.f(float %1303, float %1304)
	%1306 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1305, i32 2, i32 31)
	%1307 = call float @llvm.nvvm.fmax.f(float %1305, float %1306)
	%1308 = fmul float %1307, 0x3FC0527DC0000000
	%1309 = call float @llvm.nvvm.fmax.f(float %296, float %1308)
	%1310 = fadd float %296, 8.0
	%1311 = fcmp ogt float %1309, %1310
	%1312 = or i1 false, %1311
	%1313 = call float @llvm.nvvm.fmax.f(float %1259, float %1260)
	%1314 = call float @llvm.nvvm.fmax.f(float %1263, float %1264)
	%1315 = call float @llvm.nvvm.fmax.f(float %1267, float %1268)
	%1316 = call float @llvm.nvvm.fmax.f(float %1271, float %1272)
	%1317 = call float @llvm.nvvm.fmax.f(float %1275, float %1276)
	%1318 = call float @llvm.nvvm.fmax.f(float %1279, float %1280)
	%1319 = call float @llvm.nvvm.fmax.f(float %1283, float %1284)
	%1320 = call float @llvm.nvvm.fmax.f(float %1287, float %1288)
	%1321 = call float @llvm.nvvm.fmax.f(float %1313, float %1314)
	%1322 = call float @llvm.nvvm.fmax.f(float %1315, float %1316)
	%1323 = call float @llvm.nvvm.fmax.f(float %1317, float %1318)
	%1324 = call float @llvm.nvvm.fmax.f(float %1319, float %1320)
	%1325 = call float @llvm.nvvm.fmax.f(float %1321, float %1322)
	%1326 = call float @llvm.nvvm.fmax.f(float %1323, float %1324)
	%1327 = call float @llvm.nvvm.fmax.f(float %1325, float %1326)
	%1328 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1327, i32 1, i32 31)
	%1329 = call float @llvm.nvvm.fmax.f(float %1327, float %1328)
	%1330 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1329, i32 2, i32 31)
	%1331 = call float @llvm.nvvm.fmax.f(float %1329, float %1330)
	%1332 = fmul float %1331, 0x3FC0527DC0000000
	%1333 = call float @llvm.nvvm.fmax.f(float %298, float %1332)
	%1334 = fadd float %298, 8.0
	%1335 = fcmp ogt float %1333, %1334
	%1336 = or i1 %1312, %1335
	%1337 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1336)
	br i1 %1337, label %1338, label %1413

1338:
	%1339 = fcmp oeq float %1309, 0xFFF0000000000000
	%1340 = select i1 %1339, float 0.0, float %1309
	%1341 = fsub float %296, %1340
	%1342 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1341)
	%1343 = fcmp oeq float %1333, 0xFFF0000000000000
	%1344 = select i1 %1343, float 0.0, float %1333
	%1345 = fsub float %298, %1344
	%1346 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1345)
	%1347 = fmul float %232, %1342
	%1348 = fmul float %233, %1342
	%1349 = fmul float %234, %1346
	%1350 = fmul float %235, %1346
	%1351 = fmul float %236, %1342
	%1352 = fmul float %237, %1342
	%1353 = fmul float %238, %1346
	%1354 = fmul float %239, %1346
	%1355 = fmul float %240, %1342
	%1356 = fmul float %241, %1342
	%1357 = fmul float %242, %1346
	%1358 = fmul float %243, %1346
	%1359 = fmul float %244, %1342
	%1360 = fmul float %245, %1342
	%1361 = fmul float %246, %1346
	%1362 = fmul float %247, %1346
	%1363 = fmul float %248, %1342
	%1364 = fmul float %249, %1342
	%1365 = fmul float %250, %1346
	%1366 = fmul float %251, %1346
	%1367 = fmul float %252, %1342
	%1368 = fmul float %253, %1342
	%1369 = fmul float %254, %1346
	%1370 = fmul float %255, %1346
	%1371 = fmul float %256, %1342
	%1372 = fmul float %257, %1342
	%1373 = fmul float %258, %1346
	%1374 = fmul float %259, %1346
	%1375 = fmul float %260, %1342
	%1376 = fmul float %261, %1342
	%1377 = fmul float %262, %1346
	%1378 = fmul float %263, %1346
	%1379 = fmul float %264, %1342
	%1380 = fmul float %265, %1342
	%1381 = fmul float %266, %1346
	%1382 = fmul float %267, %1346
	%1383 = fmul float %268, %1342
	%1384 = fmul float %269, %1342
	%1385 = fmul float %270, %1346
	%1386 = fmul float %271, %1346
	%1387 = fmul float %272, %1342
	%1388 = fmul float %273, %1342
	%1389 = fmul float %274, %1346
	%1390 = fmul float %275, %1346
	%1391 = fmul float %276, %1342
	%1392 = fmul float %277, %1342
	%1393 = fmul float %278, %1346
	%1394 = fmul float %279, %1346
	%1395 = fmul float %280, %1342
	%1396 = fmul float %281, %1342
	%1397 = fmul float %282, %1346
	%1398 = fmul float %283, %1346
	%1399 = fmul float %284, %1342
	%1400 = fmul float %285, %1342
	%1401 = fmul float %286, %1346
	%1402 = fmul float %287, %1346
	%1403 = fmul float %288, %1342
	%1404 = fmul float %289, %1342
	%1405 = fmul float %290, %1346
	%1406 = fmul float %291, %1346
	%1407 = fmul float %292, %1342
	%1408 = fmul float %293, %1342
	%1409 = fmul float %294, %1346
	%1410 = fmul float %295, %1346
	%1411 = fmul float %297, %1342
	%1412 = fmul float %299, %1346
	br label %1413

1413:
	%1414 = phi float [ %232, %softmax ], [ %1347, %1338 ]
	%1415 = phi float [ %233, %softmax ], [ %1348, %1338 ]
	%1416 = phi float [ %234, %softmax ], [ %1349, %1338 ]
	%1417 = phi float [ %235, %softmax ], [ %1350, %1338 ]
	%1418 = phi float [ %236, %softmax ], [ %1351, %1338 ]
	%1419 = phi float [ %237, %softmax ], [ %1352, %1338 ]
	%1420 = phi float [ %238, %softmax ], [ %1353, %1338 ]
	%1421 = phi float [ %239, %softmax ], [ %1354, %1338 ]
	%1422 = phi float [ %240, %softmax ], [ %1355, %1338 ]
	%1423 = phi float [ %241, %softmax ], [ %1356, %1338 ]
	%1424 = phi float [ %242, %softmax ], [ %1357, %1338 ]
	%1425 = phi float [ %243, %softmax ], [ %1358, %1338 ]
	%1426 = phi float [ %244, %softmax ], [ %1359, %1338 ]
	%1427 = phi float [ %245, %softmax ], [ %1360, %1338 ]
	%1428 = phi float [ %246, %softmax ], [ %1361, %1338 ]
	%1429 = phi float [ %247, %softmax ], [ %1362, %1338 ]
	%1430 = phi float [ %248, %softmax ], [ %1363, %1338 ]
	%1431 = phi float [ %249, %softmax ], [ %1364, %1338 ]
	%1432 = phi float [ %250, %softmax ], [ %1365, %1338 ]
	%1433 = phi float [ %251, %softmax ], [ %1366, %1338 ]
	%1434 = phi float [ %252, %softmax ], [ %1367, %1338 ]
	%1435 = phi float [ %253, %softmax ], [ %1368, %1338 ]
	%1436 = phi float [ %254, %softmax ], [ %1369, %1338 ]
	%1437 = phi float [ %255, %softmax ], [ %1370, %1338 ]
	%1438 = phi float [ %256, %softmax ], [ %1371, %1338 ]
	%1439 = phi float [ %257, %softmax ], [ %1372, %1338 ]
	%1440 = phi float [ %258, %softmax ], [ %1373, %1338 ]
	%1441 = phi float [ %259, %softmax ], [ %1374, %1338 ]
	%1442 = phi float [ %260, %softmax ], [ %1375, %1338 ]
	%1443 = phi float [ %261, %softmax ], [ %1376, %1338 ]
	%1444 = phi float [ %262, %softmax ], [ %1377, %1338 ]
	%1445 = phi float [ %263, %softmax ], [ %1378, %1338 ]
	%1446 = phi float [ %264, %softmax ], [ %1379, %1338 ]
	%1447 = phi float [ %265, %softmax ], [ %1380, %1338 ]
	%1448 = phi float [ %266, %softmax ], [ %1381, %1338 ]
	%1449 = phi float [ %267, %softmax ], [ %1382, %1338 ]
	%1450 = phi float [ %268, %softmax ], [ %1383, %1338 ]
	%1451 = phi float [ %269, %softmax ], [ %1384, %1338 ]
	%1452 = phi float [ %270, %softmax ], [ %1385, %1338 ]
	%1453 = phi float [ %271, %softmax ], [ %1386, %1338 ]
	%1454 = phi float [ %272, %softmax ], [ %1387, %1338 ]
	%1455 = phi float [ %273, %softmax ], [ %1388, %1338 ]
	%1456 = phi float [ %274, %softmax ], [ %1389, %1338 ]
	%1457 = phi float [ %275, %softmax ], [ %1390, %1338 ]
	%1458 = phi float [ %276, %softmax ], [ %1391, %1338 ]
	%1459 = phi float [ %277, %softmax ], [ %1392, %1338 ]
	%1460 = phi float [ %278, %softmax ], [ %1393, %1338 ]
	%1461 = phi float [ %279, %softmax ], [ %1394, %1338 ]
	%1462 = phi float [ %280, %softmax ], [ %1395, %1338 ]
	%1463 = phi float [ %281, %softmax ], [ %1396, %1338 ]
	%1464 = phi float [ %282, %softmax ], [ %1397, %1338 ]
	%1465 = phi float [ %283, %softmax ], [ %1398, %1338 ]
	%1466 = phi float [ %284, %softmax ], [ %1399, %1338 ]
	%1467 = phi float [ %285, %softmax ], [ %1400, %1338 ]
	%1468 = phi float [ %286, %softmax ], [ %1401, %1338 ]
	%1469 = phi float [ %287, %softmax ], [ %1402, %1338 ]
	%1470 = phi float [ %288, %softmax ], [ %1403, %1338 ]
	%1471 = phi float [ %289, %softmax ], [ %1404, %1338 ]
	%1472 = phi float [ %290, %softmax ], [ %1405, %1338 ]
	%1473 = phi float [ %291, %softmax ], [ %1406, %1338 ]
	%1474 = phi float [ %292, %softmax ], [ %1407, %1338 ]
	%1475 = phi float [ %293, %softmax ], [ %1408, %1338 ]
	%1476 = phi float [ %294, %softmax ], [ %1409, %1338 ]
	%1477 = phi float [ %295, %softmax ], [ %1410, %1338 ]
	%1478 = phi float [ %297, %softmax ], [ %1411, %1338 ]
	%1479 = phi float [ %299, %softmax ], [ %1412, %1338 ]
	%1480 = select i1 %1337, float %1309, float %296
	%1481 = fcmp oeq float %1480, 0xFFF0000000000000
	%1482 = select i1 %1481, float 0.0, float %1480
	%1483 = fneg float %1482
	%1484 = call float @llvm.fma.f32(float %1257, float 0x3FC0527DC0000000, float %1483)
	%1485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1484)
	%1486 = call float @llvm.fma.f32(float %1258, float 0x3FC0527DC0000000, float %1483)
	%1487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1486)
	%1488 = call float @llvm.fma.f32(float %1261, float 0x3FC0527DC0000000, float %1483)
	%1489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1488)
	%1490 = call float @llvm.fma.f32(float %1262, float 0x3FC0527DC0000000, float %1483)
	%1491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1490)
	%1492 = call float @llvm.fma.f32(float %1265, float 0x3FC0527DC0000000, float %1483)
	%1493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1492)
	%1494 = call float @llvm.fma.f32(float %1266, float 0x3FC0527DC0000000, float %1483)
	%1495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1494)
	%1496 = call float @llvm.fma.f32(float %1269, float 0x3FC0527DC0000000, float %1483)
	%1497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1496)
	%1498 = call float @llvm.fma.f32(float %1270, float 0x3FC0527DC0000000, float %1483)
	%1499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1498)
	%1500 = call float @llvm.fma.f32(float %1273, float 0x3FC0527DC0000000, float %1483)
	%1501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1500)
	%1502 = call float @llvm.fma.f32(float %1274, float 0x3FC0527DC0000000, float %1483)
	%1503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1502)
	%1504 = call float @llvm.fma.f32(float %1277, float 0x3FC0527DC0000000, float %1483)
	%1505 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1504)
	%1506 = call float @llvm.fma.f32(float %1278, float 0x3FC0527DC0000000, float %1483)
	%1507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1506)
	%1508 = call float @llvm.fma.f32(float %1281, float 0x3FC0527DC0000000, float %1483)
	%1509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1508)
	%1510 = call float @llvm.fma.f32(float %1282, float 0x3FC0527DC0000000, float %1483)
	%1511 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1510)
	%1512 = call float @llvm.fma.f32(float %1285, float 0x3FC0527DC0000000, float %1483)
	%1513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1512)
	%1514 = call float @llvm.fma.f32(float %1286, float 0x3FC0527DC0000000, float %1483)
	%1515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1514)
	%1516 = fadd float %1485, %1487
	%1517 = fadd float %1489, %1491
	%1518 = fadd float %1493, %1495
	%1519 = fadd float %1497, %1499
	%1520 = fadd float %1501, %1503
	%1521 = fadd float %1505, %1507
	%1522 = fadd float %1509, %1511
	%1523 = fadd float %1513, %1515
	%1524 = fadd float %1516, %1517
	%1525 = fadd float %1518, %1519
	%1526 = fadd float %1520, %1521
	%1527 = fadd float %1522, %1523
	%1528 = fadd float %1524, %1525
	%1529 = fadd float %1526, %1527
	%1530 = fadd float %1528, %1529
	%1531 = fadd float %1478, %1530
	%1532 = select i1 %1337, float %1333, float %298
	%1533 = fcmp oeq float %1532, 0xFFF0000000000000
	%1534 = select i1 %1533, float 0.0, float %1532
	%1535 = fneg float %1534
	%1536 = call float @llvm.fma.f32(float %1259, float 0x3FC0527DC0000000, float %1535)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = call float @llvm.fma.f32(float %1260, float 0x3FC0527DC0000000, float %1535)
	%1539 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1538)
	%1540 = call float @llvm.fma.f32(float %1263, float 0x3FC0527DC0000000, float %1535)
	%1541 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1540)
	%1542 = call float @llvm.fma.f32(float %1264, float 0x3FC0527DC0000000, float %1535)
	%1543 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1542)
	%1544 = call float @llvm.fma.f32(float %1267, float 0x3FC0527DC0000000, float %1535)
	%1545 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1544)
	%1546 = call float @llvm.fma.f32(float %1268, float 0x3FC0527DC0000000, float %1535)
	%1547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1546)
	%1548 = call float @llvm.fma.f32(float %1271, float 0x3FC0527DC0000000, float %1535)
	%1549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1548)
	%1550 = call float @llvm.fma.f32(float %1272, float 0x3FC0527DC0000000, float %1535)
	%1551 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1550)
	%1552 = call float @llvm.fma.f32(float %1275, float 0x3FC0527DC0000000, float %1535)
	%1553 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1552)
	%1554 = call float @llvm.fma.f32(float %1276, float 0x3FC0527DC0000000, float %1535)
	%1555 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1554)
	%1556 = call float @llvm.fma.f32(float %1279, float 0x3FC0527DC0000000, float %1535)
	%1557 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1556)
	%1558 = call float @llvm.fma.f32(float %1280, float 0x3FC0527DC0000000, float %1535)
	%1559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1558)
	%1560 = call float @llvm.fma.f32(float %1283, float 0x3FC0527DC0000000, float %1535)
	%1561 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1560)
	%1562 = call float @llvm.fma.f32(float %1284, float 0x3FC0527DC0000000, float %1535)
	%1563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1562)
	%1564 = call float @llvm.fma.f32(float %1287, float 0x3FC0527DC0000000, float %1535)
	%1565 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1564)
	%1566 = call float @llvm.fma.f32(float %1288, float 0x3FC0527DC0000000, float %1535)
	%1567 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1566)
	%1568 = fadd float %1537, %1539
	%1569 = fadd float %1541, %1543
	%1570 = fadd float %1545, %1547
	%1571 = fadd float %1549, %1551
	%1572 = fadd float %1553, %1555
	%1573 = fadd float %1557, %1559
	%1574 = fadd float %1561, %1563
	%1575 = fadd float %1565, %1567
	%1576 = fadd float %1568, %1569
	%1577 = fadd float %1570, %1571
	%1578 = fadd float %1572, %1573
	%1579 = fadd float %1574, %1575
	%1580 = fadd float %1576, %1577
	%1581 = fadd float %1578, %1579
	%1582 = fadd float %1580, %1581
	%1583 = fadd float %1479, %1582
	%1584 = and i32 %11, 7
	%1585 = lshr i32 %11, 3
	%1586 = and i32 %1585, 1
	%1587 = shl i32 %1586, 3
	%1588 = add i32 %1584, %1587
	%1589 = mul i32 %1588, 256
	%1590 = add i32 %1, %1589
	%1591 = and i32 %11, 7
	%1592 = xor i32 %134, %1591
	%1593 = shl i32 %1592, 4
	%1594 = add i32 %1590, %1593
	%1595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1487, float %1485)
	%1596 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1539, float %1537)
	%1597 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1491, float %1489)
	%1598 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1543, float %1541)
	%1599 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1495, float %1493)
	%1600 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1547, float %1545)
	%1601 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1499, float %1497)
	%1602 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1551, float %1549)
	%1603 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1503, float %1501)
	%1604 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1555, float %1553)
	%1605 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1507, float %1505)
	%1606 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1559, float %1557)
	%1607 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1511, float %1509)
	%1608 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1563, float %1561)
	%1609 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1515, float %1513)
	%1610 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1567, float %1565)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1611 = add i32 %304, 0
	%1612 = zext i32 %1611 to i64
	%1613 = or i64 %1612, u0x4000004002000000
	%1614 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1414, float %1415, float %1416, float %1417, float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, float %1451, float %1452, float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, float %1463, float %1464, float %1465, float %1466, float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, i32 %1595, i32 %1596, i32 %1597, i32 %1598, i64 %1613, i32 1)
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 0
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 1
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 2
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 3
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 4
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 5
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 6
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 7
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 8
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 9
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 10
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 11
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 12
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 13
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 14
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 15
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 16
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 17
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 18
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 19
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 20
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 21
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 22
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 23
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 24
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 25
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 26
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 27
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 28
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 29
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 30
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 31
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 32
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 33
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 34
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 35
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 36
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 37
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 38
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 39
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 40
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 41
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 42
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 43
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 44
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 45
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 46
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 47
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 48
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 49
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 50
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 51
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 52
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 53
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 54
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 55
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 56
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 57
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 58
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 59
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 60
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 61
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 62
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1614, 63
	%1679 = add i32 %304, 128
	%1680 = zext i32 %1679 to i64
	%1681 = or i64 %1680, u0x4000004002000000
	%1682 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, i32 %1599, i32 %1600, i32 %1601, i32 %1602, i64 %1681, i32 1)
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 0
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 1
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 2
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 3
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 4
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 5
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 6
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 7
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 8
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 9
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 10
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 11
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 12
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 13
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 14
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 15
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 16
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 17
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 18
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 19
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 20
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 21
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 22
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 23
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 24
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 25
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 26
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 27
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 28
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 29
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 30
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 31
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 32
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 33
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 34
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 35
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 36
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 37
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 38
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 39
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 40
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 41
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 42
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 43
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 44
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 45
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 46
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 47
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 48
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 49
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 50
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 51
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 52
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 53
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 54
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 55
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 56
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 57
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 58
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 59
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 60
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 61
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 62
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1682, 63
	%1747 = add i32 %304, 256
	%1748 = zext i32 %1747 to i64
	%1749 = or i64 %1748, u0x4000004002000000
	%1750 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, i32 %1603, i32 %1604, i32 %1605, i32 %1606, i64 %1749, i32 1)
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 0
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 1
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 2
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 3
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 4
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 5
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 6
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 7
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 8
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 9
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 10
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 11
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 12
	%1764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 13
	%1765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 14
	%1766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 15
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 16
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 17
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 18
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 19
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 20
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 21
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 22
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 23
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 24
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 25
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 26
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 27
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 28
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 29
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 30
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 31
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 32
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 33
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 34
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 35
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 36
	%1788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 37
	%1789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 38
	%1790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 39
	%1791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 40
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 41
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 42
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 43
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 44
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 45
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 46
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 47
	%1799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 48
	%1800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 49
	%1801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 50
	%1802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 51
	%1803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 52
	%1804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 53
	%1805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 54
	%1806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 55
	%1807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 56
	%1808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 57
	%1809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 58
	%1810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 59
	%1811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 60
	%1812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 61
	%1813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 62
	%1814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1750, 63
	%1815 = add i32 %304, 384
	%1816 = zext i32 %1815 to i64
	%1817 = or i64 %1816, u0x4000004002000000
	%1818 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1751, float %1752, float %1753, float %1754, float %1755, float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, float %1763, float %1764, float %1765, float %1766, float %1767, float %1768, float %1769, float %1770, float %1771, float %1772, float %1773, float %1774, float %1775, float %1776, float %1777, float %1778, float %1779, float %1780, float %1781, float %1782, float %1783, float %1784, float %1785, float %1786, float %1787, float %1788, float %1789, float %1790, float %1791, float %1792, float %1793, float %1794, float %1795, float %1796, float %1797, float %1798, float %1799, float %1800, float %1801, float %1802, float %1803, float %1804, float %1805, float %1806, float %1807, float %1808, float %1809, float %1810, float %1811, float %1812, float %1813, float %1814, i32 %1607, i32 %1608, i32 %1609, i32 %1610, i64 %1817, i32 1)
	%1819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 0
	%1820 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 1
	%1821 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 2
	%1822 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 3
	%1823 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 4
	%1824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 5
	%1825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 6
	%1826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 7
	%1827 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 8
	%1828 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 9
	%1829 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 10
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 11
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 12
	%1832 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 13
	%1833 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 14
	%1834 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 15
	%1835 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 16
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 17
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 18
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 19
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 20
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 21
	%1841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 22
	%1842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 23
	%1843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 24
	%1844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 25
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 26
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 27
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 28
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 29
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 30
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 31
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 32
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 33
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 34
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 35
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 36
	%1856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 37
	%1857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 38
	%1858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 39
	%1859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 40
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 41
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 42
	%1862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 43
	%1863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 44
	%1864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 45
	%1865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 46
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 47
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 48
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 49
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 50
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 51
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 52
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 53
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 54
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 55
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 56
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 57
	%1877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 58
	%1878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 59
	%1879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 60
	%1880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 61
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 62
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1818, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1883 = call float asm sideeffect "", "=f,0"(float %1819)
	%1884 = call float asm sideeffect "", "=f,0"(float %1820)
	%1885 = call float asm sideeffect "", "=f,0"(float %1821)
	%1886 = call float asm sideeffect "", "=f,0"(float %1822)
	%1887 = call float asm sideeffect "", "=f,0"(float %1823)
	%1888 = call float asm sideeffect "", "=f,0"(float %1824)
	%1889 = call float asm sideeffect "", "=f,0"(float %1825)
	%1890 = call float asm sideeffect "", "=f,0"(float %1826)
	%1891 = call float asm sideeffect "", "=f,0"(float %1827)
	%1892 = call float asm sideeffect "", "=f,0"(float %1828)
	%1893 = call float asm sideeffect "", "=f,0"(float %1829)
	%1894 = call float asm sideeffect "", "=f,0"(float %1830)
	%1895 = call float asm sideeffect "", "=f,0"(float %1831)
	%1896 = call float asm sideeffect "", "=f,0"(float %1832)
	%1897 = call float asm sideeffect "", "=f,0"(float %1833)
	%1898 = call float asm sideeffect "", "=f,0"(float %1834)
	%1899 = call float asm sideeffect "", "=f,0"(float %1835)
	%1900 = call float asm sideeffect "", "=f,0"(float %1836)
	%1901 = call float asm sideeffect "", "=f,0"(float %1837)
	%1902 = call float asm sideeffect "", "=f,0"(float %1838)
	%1903 = call float asm sideeffect "", "=f,0"(float %1839)
	%1904 = call float asm sideeffect "", "=f,0"(float %1840)
	%1905 = call float asm sideeffect "", "=f,0"(float %1841)
	%1906 = call float asm sideeffect "", "=f,0"(float %1842)
	%1907 = call float asm sideeffect "", "=f,0"(float %1843)
	%1908 = call float asm sideeffect "", "=f,0"(float %1844)
	%1909 = call float asm sideeffect "", "=f,0"(float %1845)
	%1910 = call float asm sideeffect "", "=f,0"(float %1846)
	%1911 = call float asm sideeffect "", "=f,0"(float %1847)
	%1912 = call float asm sideeffect "", "=f,0"(float %1848)
	%1913 = call float asm sideeffect "", "=f,0"(float %1849)
	%1914 = call float asm sideeffect "", "=f,0"(float %1850)
	%1915 = call float asm sideeffect "", "=f,0"(float %1851)
	%1916 = call float asm sideeffect "", "=f,0"(float %1852)
	%1917 = call float asm sideeffect "", "=f,0"(float %1853)
	%1918 = call float asm sideeffect "", "=f,0"(float %1854)
	%1919 = call float asm sideeffect "", "=f,0"(float %1855)
	%1920 = call float asm sideeffect "", "=f,0"(float %1856)
	%1921 = call float asm sideeffect "", "=f,0"(float %1857)
	%1922 = call float asm sideeffect "", "=f,0"(float %1858)
	%1923 = call float asm sideeffect "", "=f,0"(float %1859)
	%1924 = call float asm sideeffect "", "=f,0"(float %1860)
	%1925 = call float asm sideeffect "", "=f,0"(float %1861)
	%1926 = call float asm sideeffect "", "=f,0"(float %1862)
	%1927 = call float asm sideeffect "", "=f,0"(float %1863)
	%1928 = call float asm sideeffect "", "=f,0"(float %1864)
	%1929 = call float asm sideeffect "", "=f,0"(float %1865)
	%1930 = call float asm sideeffect "", "=f,0"(float %1866)
	%1931 = call float asm sideeffect "", "=f,0"(float %1867)
	%1932 = call float asm sideeffect "", "=f,0"(float %1868)
	%1933 = call float asm sideeffect "", "=f,0"(float %1869)
	%1934 = call float asm sideeffect "", "=f,0"(float %1870)
	%1935 = call float asm sideeffect "", "=f,0"(float %1871)
	%1936 = call float asm sideeffect "", "=f,0"(float %1872)
	%1937 = call float asm sideeffect "", "=f,0"(float %1873)
	%1938 = call float asm sideeffect "", "=f,0"(float %1874)
	%1939 = call float asm sideeffect "", "=f,0"(float %1875)
	%1940 = call float asm sideeffect "", "=f,0"(float %1876)
	%1941 = call float asm sideeffect "", "=f,0"(float %1877)
	%1942 = call float asm sideeffect "", "=f,0"(float %1878)
	%1943 = call float asm sideeffect "", "=f,0"(float %1879)
	%1944 = call float asm sideeffect "", "=f,0"(float %1880)
	%1945 = call float asm sideeffect "", "=f,0"(float %1881)
	%1946 = call float asm sideeffect "", "=f,0"(float %1882)
	br i1 %313, label %loop, label %epilogue

store0:
	%1947 = mul i32 %32, %M
	%1948 = add i32 %1947, %391
	%1949 = mul i32 %1948, 128
	%1950 = shl i32 %16, 1
	%1951 = add i32 0, %1950
	%1952 = add i32 %1949, %1951
	%1953 = sext i32 %1952 to i64
	%1954 = getelementptr i16, i16* %out, i64 %1953
	%1955 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %393, float %392)
	%1956 = bitcast i16* %1954 to i32*
	store i32 %1955, i32* %1956
	%1957 = shl i32 %16, 1
	%1958 = add i32 8, %1957
	%1959 = add i32 %1949, %1958
	%1960 = sext i32 %1959 to i64
	%1961 = getelementptr i16, i16* %out, i64 %1960
	%1962 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %395, float %394)
	%1963 = bitcast i16* %1961 to i32*
	store i32 %1962, i32* %1963
	%1964 = shl i32 %16, 1
	%1965 = add i32 16, %1964
	%1966 = add i32 %1949, %1965
	%1967 = sext i32 %1966 to i64
	%1968 = getelementptr i16, i16* %out, i64 %1967
	%1969 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %397, float %396)
	%1970 = bitcast i16* %1968 to i32*
	store i32 %1969, i32* %1970
	%1971 = shl i32 %16, 1
	%1972 = add i32 24, %1971
	%1973 = add i32 %1949, %1972
	%1974 = sext i32 %1973 to i64
	%1975 = getelementptr i16, i16* %out, i64 %1974
	%1976 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %399, float %398)
	%1977 = bitcast i16* %1975 to i32*
	store i32 %1976, i32* %1977
	%1978 = shl i32 %16, 1
	%1979 = add i32 32, %1978
	%1980 = add i32 %1949, %1979
	%1981 = sext i32 %1980 to i64
	%1982 = getelementptr i16, i16* %out, i64 %1981
	%1983 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %401, float %400)
	%1984 = bitcast i16* %1982 to i32*
	store i32 %1983, i32* %1984
	%1985 = shl i32 %16, 1
	%1986 = add i32 40, %1985
	%1987 = add i32 %1949, %1986
	%1988 = sext i32 %1987 to i64
	%1989 = getelementptr i16, i16* %out, i64 %1988
	%1990 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %403, float %402)
	%1991 = bitcast i16* %1989 to i32*
	store i32 %1990, i32* %1991
	%1992 = shl i32 %16, 1
	%1993 = add i32 48, %1992
	%1994 = add i32 %1949, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr i16, i16* %out, i64 %1995
	%1997 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %405, float %404)
	%1998 = bitcast i16* %1996 to i32*
	store i32 %1997, i32* %1998
	%1999 = shl i32 %16, 1
	%2000 = add i32 56, %1999
	%2001 = add i32 %1949, %2000
	%2002 = sext i32 %2001 to i64
	%2003 = getelementptr i16, i16* %out, i64 %2002
	%2004 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %407, float %406)
	%2005 = bitcast i16* %2003 to i32*
	store i32 %2004, i32* %2005
	%2006 = shl i32 %16, 1
	%2007 = add i32 64, %2006
	%2008 = add i32 %1949, %2007
	%2009 = sext i32 %2008 to i64
	%2010 = getelementptr i16, i16* %out, i64 %2009
	%2011 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %409, float %408)
	%2012 = bitcast i16* %2010 to i32*
	store i32 %2011, i32* %2012
	%2013 = shl i32 %16, 1
	%2014 = add i32 72, %2013
	%2015 = add i32 %1949, %2014
	%2016 = sext i32 %2015 to i64
	%2017 = getelementptr i16, i16* %out, i64 %2016
	%2018 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %411, float %410)
	%2019 = bitcast i16* %2017 to i32*
	store i32 %2018, i32* %2019
	%2020 = shl i32 %16, 1
	%2021 = add i32 80, %2020
	%2022 = add i32 %1949, %2021
	%2023 = sext i32 %2022 to i64
	%2024 = getelementptr i16, i16* %out, i64 %2023
	%2025 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %413, float %412)
	%2026 = bitcast i16* %2024 to i32*
	store i32 %2025, i32* %2026
	%2027 = shl i32 %16, 1
	%2028 = add i32 88, %2027
	%2029 = add i32 %1949, %2028
	%2030 = sext i32 %2029 to i64
	%2031 = getelementptr i16, i16* %out, i64 %2030
	%2032 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %415, float %414)
	%2033 = bitcast i16* %2031 to i32*
	store i32 %2032, i32* %2033
	%2034 = shl i32 %16, 1
	%2035 = add i32 96, %2034
	%2036 = add i32 %1949, %2035
	%2037 = sext i32 %2036 to i64
	%2038 = getelementptr i16, i16* %out, i64 %2037
	%2039 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %417, float %416)
	%2040 = bitcast i16* %2038 to i32*
	store i32 %2039, i32* %2040
	%2041 = shl i32 %16, 1
	%2042 = add i32 104, %2041
	%2043 = add i32 %1949, %2042
	%2044 = sext i32 %2043 to i64
	%2045 = getelementptr i16, i16* %out, i64 %2044
	%2046 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %419, float %418)
	%2047 = bitcast i16* %2045 to i32*
	store i32 %2046, i32* %2047
	%2048 = shl i32 %16, 1
	%2049 = add i32 112, %2048
	%2050 = add i32 %1949, %2049
	%2051 = sext i32 %2050 to i64
	%2052 = getelementptr i16, i16* %out, i64 %2051
	%2053 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %421, float %420)
	%2054 = bitcast i16* %2052 to i32*
	store i32 %2053, i32* %2054
	%2055 = shl i32 %16, 1
	%2056 = add i32 120, %2055
	%2057 = add i32 %1949, %2056
	%2058 = sext i32 %2057 to i64
	%2059 = getelementptr i16, i16* %out, i64 %2058
	%2060 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %423, float %422)
	%2061 = bitcast i16* %2059 to i32*
	store i32 %2060, i32* %2061
	br label %stored0

stored0:
	%2062 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %315, i32 1, i32 31)
	%2063 = fadd float %315, %2062
	%2064 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2063, i32 2, i32 31)
	%2065 = fadd float %2063, %2064
	%2066 = fcmp ogt float %2065, 0.0
	%2067 = fdiv float 1.0, %2065
	%2068 = select i1 %2066, float %2067, float 0.0
	%2069 = mul i32 %10, 16
	%2070 = add i32 %34, %2069
	%2071 = add i32 %15, 8
	%2072 = add i32 %2070, %2071
	%2073 = fmul float %319, %2068
	%2074 = fmul float %320, %2068
	%2075 = fmul float %323, %2068
	%2076 = fmul float %324, %2068
	%2077 = fmul float %327, %2068
	%2078 = fmul float %328, %2068
	%2079 = fmul float %331, %2068
	%2080 = fmul float %332, %2068
	%2081 = fmul float %335, %2068
	%2082 = fmul float %336, %2068
	%2083 = fmul float %339, %2068
	%2084 = fmul float %340, %2068
	%2085 = fmul float %343, %2068
	%2086 = fmul float %344, %2068
	%2087 = fmul float %347, %2068
	%2088 = fmul float %348, %2068
	%2089 = fmul float %351, %2068
	%2090 = fmul float %352, %2068
	%2091 = fmul float %355, %2068
	%2092 = fmul float %356, %2068
	%2093 = fmul float %359, %2068
	%2094 = fmul float %360, %2068
	%2095 = fmul float %363, %2068
	%2096 = fmul float %364, %2068
	%2097 = fmul float %367, %2068
	%2098 = fmul float %368, %2068
	%2099 = fmul float %371, %2068
	%2100 = fmul float %372, %2068
	%2101 = fmul float %375, %2068
	%2102 = fmul float %376, %2068
	%2103 = fmul float %379, %2068
	%2104 = fmul float %380, %2068
	%2105 = icmp slt i32 %2072, %M
	br i1 %2105, label %store1, label %stored1

store1:
	%2106 = mul i32 %32, %M
	%2107 = add i32 %2106, %2072
	%2108 = mul i32 %2107, 128
	%2109 = shl i32 %16, 1
	%2110 = add i32 0, %2109
	%2111 = add i32 %2108, %2110
	%2112 = sext i32 %2111 to i64
	%2113 = getelementptr i16, i16* %out, i64 %2112
	%2114 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2074, float %2073)
	%2115 = bitcast i16* %2113 to i32*
	store i32 %2114, i32* %2115
	%2116 = shl i32 %16, 1
	%2117 = add i32 8, %2116
	%2118 = add i32 %2108, %2117
	%2119 = sext i32 %2118 to i64
	%2120 = getelementptr i16, i16* %out, i64 %2119
	%2121 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2076, float %2075)
	%2122 = bitcast i16* %2120 to i32*
	store i32 %2121, i32* %2122
	%2123 = shl i32 %16, 1
	%2124 = add i32 16, %2123
	%2125 = add i32 %2108, %2124
	%2126 = sext i32 %2125 to i64
	%2127 = getelementptr i16, i16* %out, i64 %2126
	%2128 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2078, float %2077)
	%2129 = bitcast i16* %2127 to i32*
	store i32 %2128, i32* %2129
	%2130 = shl i32 %16, 1
	%2131 = add i32 24, %2130
	%2132 = add i32 %2108, %2131
	%2133 = sext i32 %2132 to i64
	%2134 = getelementptr i16, i16* %out, i64 %2133
	%2135 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2080, float %2079)
	%2136 = bitcast i16* %2134 to i32*
	store i32 %2135, i32* %2136
	%2137 = shl i32 %16, 1
	%2138 = add i32 32, %2137
	%2139 = add i32 %2108, %2138
	%2140 = sext i32 %2139 to i64
	%2141 = getelementptr i16, i16* %out, i64 %2140
	%2142 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2082, float %2081)
	%2143 = bitcast i16* %2141 to i32*
	store i32 %2142, i32* %2143
	%2144 = shl i32 %16, 1
	%2145 = add i32 40, %2144
	%2146 = add i32 %2108, %2145
	%2147 = sext i32 %2146 to i64
	%2148 = getelementptr i16, i16* %out, i64 %2147
	%2149 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2084, float %2083)
	%2150 = bitcast i16* %2148 to i32*
	store i32 %2149, i32* %2150
	%2151 = shl i32 %16, 1
	%2152 = add i32 48, %2151
	%2153 = add i32 %2108, %2152
	%2154 = sext i32 %2153 to i64
	%2155 = getelementptr i16, i16* %out, i64 %2154
	%2156 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2086, float %2085)
	%2157 = bitcast i16* %2155 to i32*
	store i32 %2156, i32* %2157
	%2158 = shl i32 %16, 1
	%2159 = add i32 56, %2158
	%2160 = add i32 %2108, %2159
	%2161 = sext i32 %2160 to i64
	%2162 = getelementptr i16, i16* %out, i64 %2161
	%2163 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2088, float %2087)
	%2164 = bitcast i16* %2162 to i32*
	store i32 %2163, i32* %2164
	%2165 = shl i32 %16, 1
	%2166 = add i32 64, %2165
	%2167 = add i32 %2108, %2166
	%2168 = sext i32 %2167 to i64
	%2169 = getelementptr i16, i16* %out, i64 %2168
	%2170 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2090, float %2089)
	%2171 = bitcast i16* %2169 to i32*
	store i32 %2170, i32* %2171
	%2172 = shl i32 %16, 1
	%2173 = add i32 72, %2172
	%2174 = add i32 %2108, %2173
	%2175 = sext i32 %2174 to i64
	%2176 = getelementptr i16, i16* %out, i64 %2175
	%2177 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2092, float %2091)
	%2178 = bitcast i16* %2176 to i32*
	store i32 %2177, i32* %2178
	%2179 = shl i32 %16, 1
	%2180 = add i32 80, %2179
	%2181 = add i32 %2108, %2180
	%2182 = sext i32 %2181 to i64
	%2183 = getelementptr i16, i16* %out, i64 %2182
	%2184 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2094, float %2093)
	%2185 = bitcast i16* %2183 to i32*
	store i32 %2184, i32* %2185
	%2186 = shl i32 %16, 1
	%2187 = add i32 88, %2186
	%2188 = add i32 %2108, %2187
	%2189 = sext i32 %2188 to i64
	%2190 = getelementptr i16, i16* %out, i64 %2189
	%2191 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2096, float %2095)
	%2192 = bitcast i16* %2190 to i32*
	store i32 %2191, i32* %2192
	%2193 = shl i32 %16, 1
	%2194 = add i32 96, %2193
	%2195 = add i32 %2108, %2194
	%2196 = sext i32 %2195 to i64
	%2197 = getelementptr i16, i16* %out, i64 %2196
	%2198 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2098, float %2097)
	%2199 = bitcast i16* %2197 to i32*
	store i32 %2198, i32* %2199
	%2200 = shl i32 %16, 1
	%2201 = add i32 104, %2200
	%2202 = add i32 %2108, %2201
	%2203 = sext i32 %2202 to i64
	%2204 = getelementptr i16, i16* %out, i64 %2203
	%2205 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2100, float %2099)
	%2206 = bitcast i16* %2204 to i32*
	store i32 %2205, i32* %2206
	%2207 = shl i32 %16, 1
	%2208 = add i32 112, %2207
	%2209 = add i32 %2108, %2208
	%2210 = sext i32 %2209 to i64
	%2211 = getelementptr i16, i16* %out, i64 %2210
	%2212 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2102, float %2101)
	%2213 = bitcast i16* %2211 to i32*
	store i32 %2212, i32* %2213
	%2214 = shl i32 %16, 1
	%2215 = add i32 120, %2214
	%2216 = add i32 %2108, %2215
	%2217 = sext i32 %2216 to i64
	%2218 = getelementptr i16, i16* %out, i64 %2217
	%2219 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2104, float %2103)
	%2220 = bitcast i16* %2218 to i32*
	store i32 %2219, i32* %2220
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @prefill_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @prefill_attn0, !"minctasm", i32 2}
