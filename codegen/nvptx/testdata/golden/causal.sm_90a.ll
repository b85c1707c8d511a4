; prefill
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@prefill_attn0_smem = external addrspace(3) global [0 x i8], align 1024

define ptx_kernel void @prefill_attn0(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
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
	%17 = sub i32 %NQ, 1
	%18 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%19 = sub i32 %17, %18
	%20 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%21 = sdiv i32 %20, %group
	%22 = mul i32 %19, 128
	%23 = mul i32 %20, %M
	%24 = mul i32 %23, 128
	%25 = sext i32 %24 to i64
	%26 = getelementptr i16, i16* %q, i64 %25
	%27 = mul i32 %21, %N
	%28 = mul i32 %27, 128
	%29 = sext i32 %28 to i64
	%30 = getelementptr i16, i16* %k, i64 %29
	%31 = mul i32 %21, %N
	%32 = mul i32 %31, 128
	%33 = sext i32 %32 to i64
	%34 = getelementptr i16, i16* %v, i64 %33
	%35 = udiv i32 %20, %lh
	%36 = mul i32 %35, %NQ
	%37 = add i32 %36, %19
	%38 = mul i32 %37, 2
	%39 = mul i32 %38, %NK
	%40 = mul i32 %20, %ch
	%41 = mul i32 %40, %NQ
	%42 = add i32 %41, %19
	%43 = mul i32 %42, %NK
	%44 = add i32 %39, 0
	%45 = sext i32 %44 to i64
	%46 = getelementptr i32, i32* %list, i64 %45
	%47 = load i32, i32* %46
	%48 = icmp sgt i32 %NK, 0
	%49 = icmp sge i32 %47, 0
	%50 = and i1 %48, %49
	%51 = lshr i32 %9, 4
	%52 = and i32 %9, 15
	%53 = lshr i32 %52, 3
	%54 = mul i32 %53, u0x4000
	%55 = and i32 %52, 7
	%56 = and i32 %51, 7
	%57 = xor i32 %55, %56
	%58 = mul i32 %51, 128
	%59 = shl i32 %57, 4
	%60 = add i32 %58, %59
	%61 = add i32 %54, %60
	%62 = add i32 %2, %61
	%63 = add i32 %22, %51
	%64 = mul i32 %63, 128
	%65 = mul i32 %52, 8
	%66 = add i32 %64, %65
	%67 = sext i32 %66 to i64
	%68 = getelementptr i16, i16* %26, i64 %67
	%69 = add i32 %63, 0
	%70 = icmp slt i32 %69, %M
	%71 = getelementptr i16, i16* %68, i64 0
	%72 = select i1 %70, i16* %71, i16* %26
	%73 = add i32 %62, 0
	%74 = select i1 %70, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %73, i16* %72, i32 %74)
	%75 = add i32 %63, 16
	%76 = icmp slt i32 %75, %M
	%77 = getelementptr i16, i16* %68, i64 2048
	%78 = select i1 %76, i16* %77, i16* %26
	%79 = add i32 %62, 2048
	%80 = select i1 %76, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %79, i16* %78, i32 %80)
	%81 = add i32 %63, 32
	%82 = icmp slt i32 %81, %M
	%83 = getelementptr i16, i16* %68, i64 u0x1000
	%84 = select i1 %82, i16* %83, i16* %26
	%85 = add i32 %62, u0x1000
	%86 = select i1 %82, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %85, i16* %84, i32 %86)
	%87 = add i32 %63, 48
	%88 = icmp slt i32 %87, %M
	%89 = getelementptr i16, i16* %68, i64 6144
	%90 = select i1 %88, i16* %89, i16* %26
	%91 = add i32 %62, 6144
	%92 = select i1 %88, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %91, i16* %90, i32 %92)
	%93 = add i32 %63, 64
	%94 = icmp slt i32 %93, %M
	%95 = getelementptr i16, i16* %68, i64 u0x2000
	%96 = select i1 %94, i16* %95, i16* %26
	%97 = add i32 %62, u0x2000
	%98 = select i1 %94, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %97, i16* %96, i32 %98)
	%99 = add i32 %63, 80
	%100 = icmp slt i32 %99, %M
	%101 = getelementptr i16, i16* %68, i64 10240
	%102 = select i1 %100, i16* %101, i16* %26
	%103 = add i32 %62, 10240
	%104 = select i1 %100, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %103, i16* %102, i32 %104)
	%105 = add i32 %63, 96
	%106 = icmp slt i32 %105, %M
	%107 = getelementptr i16, i16* %68, i64 12288
	%108 = select i1 %106, i16* %107, i16* %26
	%109 = add i32 %62, 12288
	%110 = select i1 %106, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %109, i16* %108, i32 %110)
	%111 = add i32 %63, 112
	%112 = icmp slt i32 %111, %M
	%113 = getelementptr i16, i16* %68, i64 14336
	%114 = select i1 %112, i16* %113, i16* %26
	%115 = add i32 %62, 14336
	%116 = select i1 %112, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %115, i16* %114, i32 %116)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %50, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%117 = and i32 %11, 7
	%118 = lshr i32 %11, 3
	%119 = and i32 %118, 1
	%120 = shl i32 %119, 3
	%121 = add i32 %117, %120
	%122 = lshr i32 %11, 4
	%123 = mul i32 %10, 16
	%124 = add i32 %121, 0
	%125 = add i32 %123, %124
	%126 = mul i32 %125, 256
	%127 = add i32 %2, %126
	%128 = and i32 %11, 7
	%129 = xor i32 %122, %128
	%130 = shl i32 %129, 4
	%131 = add i32 %127, %130
	%132 = mul i32 %47, 64
	%133 = lshr i32 %9, 4
	%134 = and i32 %9, 15
	%135 = lshr i32 %134, 3
	%136 = mul i32 %135, u0x2000
	%137 = and i32 %134, 7
	%138 = and i32 %133, 7
	%139 = xor i32 %137, %138
	%140 = mul i32 %133, 128
	%141 = shl i32 %139, 4
	%142 = add i32 %140, %141
	%143 = add i32 %136, %142
	%144 = add i32 %0, %143
	%145 = add i32 %132, %133
	%146 = mul i32 %145, 128
	%147 = mul i32 %134, 8
	%148 = add i32 %146, %147
	%149 = sext i32 %148 to i64
	%150 = getelementptr i16, i16* %30, i64 %149
	%151 = add i32 %145, 0
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %150, i64 0
	%154 = select i1 %152, i16* %153, i16* %30
	%155 = add i32 %144, 0
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	%157 = add i32 %145, 16
	%158 = icmp slt i32 %157, %N
	%159 = getelementptr i16, i16* %150, i64 2048
	%160 = select i1 %158, i16* %159, i16* %30
	%161 = add i32 %144, 2048
	%162 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %145, 32
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %150, i64 u0x1000
	%166 = select i1 %164, i16* %165, i16* %30
	%167 = add i32 %144, u0x1000
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	%169 = add i32 %145, 48
	%170 = icmp slt i32 %169, %N
	%171 = getelementptr i16, i16* %150, i64 6144
	%172 = select i1 %170, i16* %171, i16* %30
	%173 = add i32 %144, 6144
	%174 = select i1 %170, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %173, i16* %172, i32 %174)
	%175 = mul i32 %47, 64
	%176 = lshr i32 %9, 4
	%177 = and i32 %9, 15
	%178 = lshr i32 %177, 3
	%179 = mul i32 %178, u0x2000
	%180 = and i32 %177, 7
	%181 = and i32 %176, 7
	%182 = xor i32 %180, %181
	%183 = mul i32 %176, 128
	%184 = shl i32 %182, 4
	%185 = add i32 %183, %184
	%186 = add i32 %179, %185
	%187 = add i32 %1, %186
	%188 = add i32 %175, %176
	%189 = mul i32 %188, 128
	%190 = mul i32 %177, 8
	%191 = add i32 %189, %190
	%192 = sext i32 %191 to i64
	%193 = getelementptr i16, i16* %34, i64 %192
	%194 = add i32 %188, 0
	%195 = icmp slt i32 %194, %N
	%196 = getelementptr i16, i16* %193, i64 0
	%197 = select i1 %195, i16* %196, i16* %34
	%198 = add i32 %187, 0
	%199 = select i1 %195, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %198, i16* %197, i32 %199)
	%200 = add i32 %188, 16
	%201 = icmp slt i32 %200, %N
	%202 = getelementptr i16, i16* %193, i64 2048
	%203 = select i1 %201, i16* %202, i16* %34
	%204 = add i32 %187, 2048
	%205 = select i1 %201, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %204, i16* %203, i32 %205)
	%206 = add i32 %188, 32
	%207 = icmp slt i32 %206, %N
	%208 = getelementptr i16, i16* %193, i64 u0x1000
	%209 = select i1 %207, i16* %208, i16* %34
	%210 = add i32 %187, u0x1000
	%211 = select i1 %207, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %210, i16* %209, i32 %211)
	%212 = add i32 %188, 48
	%213 = icmp slt i32 %212, %N
	%214 = getelementptr i16, i16* %193, i64 6144
	%215 = select i1 %213, i16* %214, i16* %34
	%216 = add i32 %187, 6144
	%217 = select i1 %213, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %216, i16* %215, i32 %217)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%218 = phi i32 [ 0, %prologue ], [ %293, %1401 ]
	%219 = phi i32 [ %47, %prologue ], [ %300, %1401 ]
	%220 = phi float [ 0.0, %prologue ], [ %1871, %1401 ]
	%221 = phi float [ 0.0, %prologue ], [ %1872, %1401 ]
	%222 = phi float [ 0.0, %prologue ], [ %1873, %1401 ]
	%223 = phi float [ 0.0, %prologue ], [ %1874, %1401 ]
	%224 = phi float [ 0.0, %prologue ], [ %1875, %1401 ]
	%225 = phi float [ 0.0, %prologue ], [ %1876, %1401 ]
	%226 = phi float [ 0.0, %prologue ], [ %1877, %1401 ]
	%227 = phi float [ 0.0, %prologue ], [ %1878, %1401 ]
	%228 = phi float [ 0.0, %prologue ], [ %1879, %1401 ]
	%229 = phi float [ 0.0, %prologue ], [ %1880, %1401 ]
	%230 = phi float [ 0.0, %prologue ], [ %1881, %1401 ]
	%231 = phi float [ 0.0, %prologue ], [ %1882, %1401 ]
	%232 = phi float [ 0.0, %prologue ], [ %1883, %1401 ]
	%233 = phi float [ 0.0, %prologue ], [ %1884, %1401 ]
	%234 = phi float [ 0.0, %prologue ], [ %1885, %1401 ]
	%235 = phi float [ 0.0, %prologue ], [ %1886, %1401 ]
	%236 = phi float [ 0.0, %prologue ], [ %1887, %1401 ]
	%237 = phi float [ 0.0, %prologue ], [ %1888, %1401 ]
	%238 = phi float [ 0.0, %prologue ], [ %1889, %1401 ]
	%239 = phi float [ 0.0, %prologue ], [ %1890, %1401 ]
	%240 = phi float [ 0.0, %prologue ], [ %1891, %1401 ]
	%241 = phi float [ 0.0, %prologue ], [ %1892, %1401 ]
	%242 = phi float [ 0.0, %prologue ], [ %1893, %1401 ]
	%243 = phi float [ 0.0, %prologue ], [ %1894, %1401 ]
	%244 = phi float [ 0.0, %prologue ], [ %1895, %1401 ]
	%245 = phi float [ 0.0, %prologue ], [ %1896, %1401 ]
	%246 = phi float [ 0.0, %prologue ], [ %1897, %1401 ]
	%247 = phi float [ 0.0, %prologue ], [ %1898, %1401 ]
	%248 = phi float [ 0.0, %prologue ], [ %1899, %1401 ]
	%249 = phi float [ 0.0, %prologue ], [ %1900, %1401 ]
	%250 = phi float [ 0.0, %prologue ], [ %1901, %1401 ]
	%251 = phi float [ 0.0, %prologue ], [ %1902, %1401 ]
	%252 = phi float [ 0.0, %prologue ], [ %1903, %1401 ]
	%253 = phi float [ 0.0, %prologue ], [ %1904, %1401 ]
	%254 = phi float [ 0.0, %prologue ], [ %1905, %1401 ]
	%255 = phi float [ 0.0, %prologue ], [ %1906, %1401 ]
	%256 = phi float [ 0.0, %prologue ], [ %1907, %1401 ]
	%257 = phi float [ 0.0, %prologue ], [ %1908, %1401 ]
	%258 = phi float [ 0.0, %prologue ], [ %1909, %1401 ]
	%259 = phi float [ 0.0, %prologue ], [ %1910, %1401 ]
	%260 = phi float [ 0.0, %prologue ], [ %1911, %1401 ]
	%261 = phi float [ 0.0, %prologue ], [ %1912, %1401 ]
	%262 = phi float [ 0.0, %prologue ], [ %1913, %1401 ]
	%263 = phi float [ 0.0, %prologue ], [ %1914, %1401 ]
	%264 = phi float [ 0.0, %prologue ], [ %1915, %1401 ]
	%265 = phi float [ 0.0, %prologue ], [ %1916, %1401 ]
	%266 = phi float [ 0.0, %prologue ], [ %1917, %1401 ]
	%267 = phi float [ 0.0, %prologue ], [ %1918, %1401 ]
	%268 = phi float [ 0.0, %prologue ], [ %1919, %1401 ]
	%269 = phi float [ 0.0, %prologue ], [ %1920, %1401 ]
	%270 = phi float [ 0.0, %prologue ], [ %1921, %1401 ]
	%271 = phi float [ 0.0, %prologue ], [ %1922, %1401 ]
	%272 = phi float [ 0.0, %prologue ], [ %1923, %1401 ]
	%273 = phi float [ 0.0, %prologue ], [ %1924, %1401 ]
	%274 = phi float [ 0.0, %prologue ], [ %1925, %1401 ]
	%275 = phi float [ 0.0, %prologue ], [ %1926, %1401 ]
	%276 = phi float [ 0.0, %prologue ], [ %1927, %1401 ]
	%277 = phi float [ 0.0, %prologue ], [ %1928, %1401 ]
	%278 = phi float [ 0.0, %prologue ], [ %1929, %1401 ]
	%279 = phi float [ 0.0, %prologue ], [ %1930, %1401 ]
	%280 = phi float [ 0.0, %prologue ], [ %1931, %1401 ]
	%281 = phi float [ 0.0, %prologue ], [ %1932, %1401 ]
	%282 = phi float [ 0.0, %prologue ], [ %1933, %1401 ]
	%283 = phi float [ 0.0, %prologue ], [ %1934, %1401 ]
	%284 = phi float [ 0xFFF0000000000000, %prologue ], [ %1468, %1401 ]
	%285 = phi float [ 0.0, %prologue ], [ %1519, %1401 ]
	%286 = phi float [ 0xFFF0000000000000, %prologue ], [ %1520, %1401 ]
	%287 = phi float [ 0.0, %prologue ], [ %1571, %1401 ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%288 = mul i32 %219, 64
	%289 = and i32 %218, 1
	%290 = mul i32 %289, 2048
	%291 = add i32 %6, %290
	%292 = add i32 %8, %290
	%293 = add i32 %218, 1
	%294 = icmp slt i32 %293, %NK
	%295 = select i1 %294, i32 %293, i32 0
	%296 = add i32 %39, %295
	%297 = sext i32 %296 to i64
	%298 = getelementptr i32, i32* %list, i64 %297
	%299 = load i32, i32* %298
	%300 = select i1 %294, i32 %299, i32 -1
	%301 = icmp sge i32 %300, 0
	br i1 %301, label %prefetch, label %body

epilogue:
	%302 = phi float [ 0.0, %entry ], [ %1519, %1401 ]
	%303 = phi float [ 0.0, %entry ], [ %1571, %1401 ]
	%304 = phi i32 [ 0, %entry ], [ %293, %1401 ]
	%305 = phi float [ 0.0, %entry ], [ %1871, %1401 ]
	%306 = phi float [ 0.0, %entry ], [ %1872, %1401 ]
	%307 = phi float [ 0.0, %entry ], [ %1873, %1401 ]
	%308 = phi float [ 0.0, %entry ], [ %1874, %1401 ]
	%309 = phi float [ 0.0, %entry ], [ %1875, %1401 ]
	%310 = phi float [ 0.0, %entry ], [ %1876, %1401 ]
	%311 = phi float [ 0.0, %entry ], [ %1877, %1401 ]
	%312 = phi float [ 0.0, %entry ], [ %1878, %1401 ]
	%313 = phi float [ 0.0, %entry ], [ %1879, %1401 ]
	%314 = phi float [ 0.0, %entry ], [ %1880, %1401 ]
	%315 = phi float [ 0.0, %entry ], [ %1881, %1401 ]
	%316 = phi float [ 0.0, %entry ], [ %1882, %1401 ]
	%317 = phi float [ 0.0, %entry ], [ %1883, %1401 ]
	%318 = phi float [ 0.0, %entry ], [ %1884, %1401 ]
	%319 = phi float [ 0.0, %entry ], [ %1885, %1401 ]
	%320 = phi float [ 0.0, %entry ], [ %1886, %1401 ]
	%321 = phi float [ 0.0, %entry ], [ %1887, %1401 ]
	%322 = phi float [ 0.0, %entry ], [ %1888, %1401 ]
	%323 = phi float [ 0.0, %entry ], [ %1889, %1401 ]
	%324 = phi float [ 0.0, %entry ], [ %1890, %1401 ]
	%325 = phi float [ 0.0, %entry ], [ %1891, %1401 ]
	%326 = phi float [ 0.0, %entry ], [ %1892, %1401 ]
	%327 = phi float [ 0.0, %entry ], [ %1893, %1401 ]
	%328 = phi float [ 0.0, %entry ], [ %1894, %1401 ]
	%329 = phi float [ 0.0, %entry ], [ %1895, %1401 ]
	%330 = phi float [ 0.0, %entry ], [ %1896, %1401 ]
	%331 = phi float [ 0.0, %entry ], [ %1897, %1401 ]
	%332 = phi float [ 0.0, %entry ], [ %1898, %1401 ]
	%333 = phi float [ 0.0, %entry ], [ %1899, %1401 ]
	%334 = phi float [ 0.0, %entry ], [ %1900, %1401 ]
	%335 = phi float [ 0.0, %entry ], [ %1901, %1401 ]
	%336 = phi float [ 0.0, %entry ], [ %1902, %1401 ]
	%337 = phi float [ 0.0, %entry ], [ %1903, %1401 ]
	%338 = phi float [ 0.0, %entry ], [ %1904, %1401 ]
	%339 = phi float [ 0.0, %entry ], [ %1905, %1401 ]
	%340 = phi float [ 0.0, %entry ], [ %1906, %1401 ]
	%341 = phi float [ 0.0, %entry ], [ %1907, %1401 ]
	%342 = phi float [ 0.0, %entry ], [ %1908, %1401 ]
	%343 = phi float [ 0.0, %entry ], [ %1909, %1401 ]
	%344 = phi float [ 0.0, %entry ], [ %1910, %1401 ]
	%345 = phi float [ 0.0, %entry ], [ %1911, %1401 ]
	%346 = phi float [ 0.0, %entry ], [ %1912, %1401 ]
	%347 = phi float [ 0.0, %entry ], [ %1913, %1401 ]
	%348 = phi float [ 0.0, %entry ], [ %1914, %1401 ]
	%349 = phi float [ 0.0, %entry ], [ %1915, %1401 ]
	%350 = phi float [ 0.0, %entry ], [ %1916, %1401 ]
	%351 = phi float [ 0.0, %entry ], [ %1917, %1401 ]
	%352 = phi float [ 0.0, %entry ], [ %1918, %1401 ]
	%353 = phi float [ 0.0, %entry ], [ %1919, %1401 ]
	%354 = phi float [ 0.0, %entry ], [ %1920, %1401 ]
	%355 = phi float [ 0.0, %entry ], [ %1921, %1401 ]
	%356 = phi float [ 0.0, %entry ], [ %1922, %1401 ]
	%357 = phi float [ 0.0, %entry ], [ %1923, %1401 ]
	%358 = phi float [ 0.0, %entry ], [ %1924, %1401 ]
	%359 = phi float [ 0.0, %entry ], [ %1925, %1401 ]
	%360 = phi float [ 0.0, %entry ], [ %1926, %1401 ]
	%361 = phi float [ 0.0, %entry ], [ %1927, %1401 ]
	%362 = phi float [ 0.0, %entry ], [ %1928, %1401 ]
	%363 = phi float [ 0.0, %entry ], [ %1929, %1401 ]
	%364 = phi float [ 0.0, %entry ], [ %1930, %1401 ]
	%365 = phi float [ 0.0, %entry ], [ %1931, %1401 ]
	%366 = phi float [ 0.0, %entry ], [ %1932, %1401 ]
	%367 = phi float [ 0.0, %entry ], [ %1933, %1401 ]
	%368 = phi float [ 0.0, %entry ], [ %1934, %1401 ]
	%369 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %302, i32 1, i32 31)
	%370 = fadd float %302, %369
	%371 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %370, i32 2, i32 31)
	%372 = fadd float %370, %371
	%373 = fcmp ogt float %372, 0.0
	%374 = fdiv float 1.0, %372
	%375 = select i1 %373, float %374, float 0.0
	%376 = mul i32 %10, 16
	%377 = add i32 %22, %376
	%378 = add i32 %15, 0
	%379 = add i32 %377, %378
	%380 = fmul float %305, %375
	%381 = fmul float %306, %375
	%382 = fmul float %309, %375
	%383 = fmul float %310, %375
	%384 = fmul float %313, %375
	%385 = fmul float %314, %375
	%386 = fmul float %317, %375
	%387 = fmul float %318, %375
	%388 = fmul float %321, %375
	%389 = fmul float %322, %375
	%390 = fmul float %325, %375
	%391 = fmul float %326, %375
	%392 = fmul float %329, %375
	%393 = fmul float %330, %375
	%394 = fmul float %333, %375
	%395 = fmul float %334, %375
	%396 = fmul float %337, %375
	%397 = fmul float %338, %375
	%398 = fmul float %341, %375
	%399 = fmul float %342, %375
	%400 = fmul float %345, %375
	%401 = fmul float %346, %375
	%402 = fmul float %349, %375
	%403 = fmul float %350, %375
	%404 = fmul float %353, %375
	%405 = fmul float %354, %375
	%406 = fmul float %357, %375
	%407 = fmul float %358, %375
	%408 = fmul float %361, %375
	%409 = fmul float %362, %375
	%410 = fmul float %365, %375
	%411 = fmul float %366, %375
	%412 = icmp slt i32 %379, %M
	br i1 %412, label %store0, label %stored0

prefetch:
	%413 = xor i32 %289, 1
	%414 = mul i32 %413, u0x8000
	%415 = add i32 %0, %414
	%416 = mul i32 %300, 64
	%417 = lshr i32 %9, 4
	%418 = and i32 %9, 15
	%419 = lshr i32 %418, 3
	%420 = mul i32 %419, u0x2000
	%421 = and i32 %418, 7
	%422 = and i32 %417, 7
	%423 = xor i32 %421, %422
	%424 = mul i32 %417, 128
	%425 = shl i32 %423, 4
	%426 = add i32 %424, %425
	%427 = add i32 %420, %426
	%428 = add i32 %415, %427
	%429 = add i32 %416, %417
	%430 = mul i32 %429, 128
	%431 = mul i32 %418, 8
	%432 = add i32 %430, %431
	%433 = sext i32 %432 to i64
	%434 = getelementptr i16, i16* %30, i64 %433
	%435 = add i32 %429, 0
	%436 = icmp slt i32 %435, %N
	%437 = getelementptr i16, i16* %434, i64 0
	%438 = select i1 %436, i16* %437, i16* %30
	%439 = add i32 %428, 0
	%440 = select i1 %436, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %439, i16* %438, i32 %440)
	%441 = add i32 %429, 16
	%442 = icmp slt i32 %441, %N
	%443 = getelementptr i16, i16* %434, i64 2048
	%444 = select i1 %442, i16* %443, i16* %30
	%445 = add i32 %428, 2048
	%446 = select i1 %442, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %445, i16* %444, i32 %446)
	%447 = add i32 %429, 32
	%448 = icmp slt i32 %447, %N
	%449 = getelementptr i16, i16* %434, i64 u0x1000
	%450 = select i1 %448, i16* %449, i16* %30
	%451 = add i32 %428, u0x1000
	%452 = select i1 %448, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %451, i16* %450, i32 %452)
	%453 = add i32 %429, 48
	%454 = icmp slt i32 %453, %N
	%455 = getelementptr i16, i16* %434, i64 6144
	%456 = select i1 %454, i16* %455, i16* %30
	%457 = add i32 %428, 6144
	%458 = select i1 %454, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %457, i16* %456, i32 %458)
	%459 = add i32 %1, %414
	%460 = mul i32 %300, 64
	%461 = lshr i32 %9, 4
	%462 = and i32 %9, 15
	%463 = lshr i32 %462, 3
	%464 = mul i32 %463, u0x2000
	%465 = and i32 %462, 7
	%466 = and i32 %461, 7
	%467 = xor i32 %465, %466
	%468 = mul i32 %461, 128
	%469 = shl i32 %467, 4
	%470 = add i32 %468, %469
	%471 = add i32 %464, %470
	%472 = add i32 %459, %471
	%473 = add i32 %460, %461
	%474 = mul i32 %473, 128
	%475 = mul i32 %462, 8
	%476 = add i32 %474, %475
	%477 = sext i32 %476 to i64
	%478 = getelementptr i16, i16* %34, i64 %477
	%479 = add i32 %473, 0
	%480 = icmp slt i32 %479, %N
	%481 = getelementptr i16, i16* %478, i64 0
	%482 = select i1 %480, i16* %481, i16* %34
	%483 = add i32 %472, 0
	%484 = select i1 %480, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %483, i16* %482, i32 %484)
	%485 = add i32 %473, 16
	%486 = icmp slt i32 %485, %N
	%487 = getelementptr i16, i16* %478, i64 2048
	%488 = select i1 %486, i16* %487, i16* %34
	%489 = add i32 %472, 2048
	%490 = select i1 %486, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %489, i16* %488, i32 %490)
	%491 = add i32 %473, 32
	%492 = icmp slt i32 %491, %N
	%493 = getelementptr i16, i16* %478, i64 u0x1000
	%494 = select i1 %492, i16* %493, i16* %34
	%495 = add i32 %472, u0x1000
	%496 = select i1 %492, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %495, i16* %494, i32 %496)
	%497 = add i32 %473, 48
	%498 = icmp slt i32 %497, %N
	%499 = getelementptr i16, i16* %478, i64 6144
	%500 = select i1 %498, i16* %499, i16* %34
	%501 = add i32 %472, 6144
	%502 = select i1 %498, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %501, i16* %500, i32 %502)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %body

body:
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%503 = add i32 %14, 0
	%504 = zext i32 %503 to i64
	%505 = or i64 %504, u0x4000004000010000
	%506 = add i32 %291, 0
	%507 = zext i32 %506 to i64
	%508 = or i64 %507, u0x4000004000010000
	%509 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %505, i64 %508, i32 1)
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 0
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 1
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 2
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 3
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 4
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 5
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 6
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 7
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 8
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 9
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 10
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 11
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 12
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 13
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 14
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 15
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 16
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 17
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 18
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 19
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 20
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 21
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 22
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 23
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 24
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 25
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 26
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 27
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 28
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 29
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 30
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %509, 31
	%542 = add i32 %14, 2
	%543 = zext i32 %542 to i64
	%544 = or i64 %543, u0x4000004000010000
	%545 = add i32 %291, 2
	%546 = zext i32 %545 to i64
	%547 = or i64 %546, u0x4000004000010000
	%548 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, i64 %544, i64 %547, i32 1)
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 0
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 1
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 2
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 3
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 4
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 5
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 6
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 7
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 8
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 9
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 10
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 11
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 12
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 13
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 14
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 15
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 16
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 17
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 18
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 19
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 20
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 21
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 22
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 23
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 24
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 25
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 26
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 27
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 28
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 29
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 30
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %548, 31
	%581 = add i32 %14, 4
	%582 = zext i32 %581 to i64
	%583 = or i64 %582, u0x4000004000010000
	%584 = add i32 %291, 4
	%585 = zext i32 %584 to i64
	%586 = or i64 %585, u0x4000004000010000
	%587 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, i64 %583, i64 %586, i32 1)
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 0
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 1
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 2
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 3
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 4
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 5
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 6
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 7
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 8
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 9
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 10
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 11
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 12
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 13
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 14
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 15
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 16
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 17
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 18
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 19
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 20
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 21
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 22
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 23
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 24
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 25
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 26
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 27
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 28
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 29
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 30
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %587, 31
	%620 = add i32 %14, 6
	%621 = zext i32 %620 to i64
	%622 = or i64 %621, u0x4000004000010000
	%623 = add i32 %291, 6
	%624 = zext i32 %623 to i64
	%625 = or i64 %624, u0x4000004000010000
	%626 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, float %618, float %619, i64 %622, i64 %625, i32 1)
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 0
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 1
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 2
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 3
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 4
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 5
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 6
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 7
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 8
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 9
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 10
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 11
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 12
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 13
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 14
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 15
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 16
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 17
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 18
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 19
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 20
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 21
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 22
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 23
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 24
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 25
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 26
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 27
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 28
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 29
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 30
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %626, 31
	%659 = add i32 %14, 1024
	%660 = zext i32 %659 to i64
	%661 = or i64 %660, u0x4000004000010000
	%662 = add i32 %291, 512
	%663 = zext i32 %662 to i64
	%664 = or i64 %663, u0x4000004000010000
	%665 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, float %636, float %637, float %638, float %639, float %640, float %641, float %642, float %643, float %644, float %645, float %646, float %647, float %648, float %649, float %650, float %651, float %652, float %653, float %654, float %655, float %656, float %657, float %658, i64 %661, i64 %664, i32 1)
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 0
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 1
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 2
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 3
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 4
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 5
	%672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 6
	%673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 7
	%674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 8
	%675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 9
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 10
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 11
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 12
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 13
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 14
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 15
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 16
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 17
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 18
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 19
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 20
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 21
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 22
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 23
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 24
	%691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 25
	%692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 26
	%693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 27
	%694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 28
	%695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 29
	%696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 30
	%697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %665, 31
	%698 = add i32 %14, 1026
	%699 = zext i32 %698 to i64
	%700 = or i64 %699, u0x4000004000010000
	%701 = add i32 %291, 514
	%702 = zext i32 %701 to i64
	%703 = or i64 %702, u0x4000004000010000
	%704 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %666, float %667, float %668, float %669, float %670, float %671, float %672, float %673, float %674, float %675, float %676, float %677, float %678, float %679, float %680, float %681, float %682, float %683, float %684, float %685, float %686, float %687, float %688, float %689, float %690, float %691, float %692, float %693, float %694, float %695, float %696, float %697, i64 %700, i64 %703, i32 1)
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 0
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 1
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 2
	%708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 3
	%709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 4
	%710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 5
	%711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 6
	%712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 7
	%713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 8
	%714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 9
	%715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 10
	%716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 11
	%717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 12
	%718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 13
	%719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 14
	%720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 15
	%721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 16
	%722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 17
	%723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 18
	%724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 19
	%725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 20
	%726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 21
	%727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 22
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 23
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 24
	%730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 25
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 26
	%732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 27
	%733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 28
	%734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 29
	%735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 30
	%736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %704, 31
	%737 = add i32 %14, 1028
	%738 = zext i32 %737 to i64
	%739 = or i64 %738, u0x4000004000010000
	%740 = add i32 %291, 516
	%741 = zext i32 %740 to i64
	%742 = or i64 %741, u0x4000004000010000
	%743 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, float %719, float %720, float %721, float %722, float %723, float %724, float %725, float %726, float %727, float %728, float %729, float %730, float %731, float %732, float %733, float %734, float %735, float %736, i64 %739, i64 %742, i32 1)
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 0
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 1
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 2
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 3
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 4
	%749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 5
	%750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 6
	%751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 7
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 8
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 9
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 10
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 11
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 12
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 13
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 14
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 15
	%760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 16
	%761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 17
	%762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 18
	%763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 19
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 20
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 21
	%766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 22
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 23
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 24
	%769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 25
	%770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 26
	%771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 27
	%772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 28
	%773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 29
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 30
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %743, 31
	%776 = add i32 %14, 1030
	%777 = zext i32 %776 to i64
	%778 = or i64 %777, u0x4000004000010000
	%779 = add i32 %291, 518
	%780 = zext i32 %779 to i64
	%781 = or i64 %780, u0x4000004000010000
	%782 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %744, float %745, float %746, float %747, float %748, float %749, float %750, float %751, float %752, float %753, float %754, float %755, float %756, float %757, float %758, float %759, float %760, float %761, float %762, float %763, float %764, float %765, float %766, float %767, float %768, float %769, float %770, float %771, float %772, float %773, float %774, float %775, i64 %778, i64 %781, i32 1)
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 0
	%784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 1
	%785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 2
	%786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 3
	%787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 4
	%788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 5
	%789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 6
	%790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 7
	%791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 8
	%792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 9
	%793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 10
	%794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 11
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 12
	%796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 13
	%797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 14
	%798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 15
	%799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 16
	%800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 17
	%801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 18
	%802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 19
	%803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 20
	%804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 21
	%805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 22
	%806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 23
	%807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 24
	%808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 25
	%809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 26
	%810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 27
	%811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 28
	%812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 29
	%813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 30
	%814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %782, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%815 = call float asm sideeffect "", "=f,0"(float %783)
	%816 = call float asm sideeffect "", "=f,0"(float %784)
	%817 = call float asm sideeffect "", "=f,0"(float %785)
	%818 = call float asm sideeffect "", "=f,0"(float %786)
	%819 = call float asm sideeffect "", "=f,0"(float %787)
	%820 = call float asm sideeffect "", "=f,0"(float %788)
	%821 = call float asm sideeffect "", "=f,0"(float %789)
	%822 = call float asm sideeffect "", "=f,0"(float %790)
	%823 = call float asm sideeffect "", "=f,0"(float %791)
	%824 = call float asm sideeffect "", "=f,0"(float %792)
	%825 = call float asm sideeffect "", "=f,0"(float %793)
	%826 = call float asm sideeffect "", "=f,0"(float %794)
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
	%847 = mul i32 %10, 16
	%848 = add i32 %22, %847
	%849 = add i32 %15, 0
	%850 = add i32 %848, %849
	%851 = mul i32 %10, 16
	%852 = add i32 %22, %851
	%853 = add i32 %15, 8
	%854 = add i32 %852, %853
	%855 = sitofp i32 %20 to float
	%856 = add i32 %43, %219
	%857 = sext i32 %856 to i64
	%858 = getelementptr i8, i8* %cls, i64 %857
	%859 = load i8, i8* %858
	%860 = icmp ne i8 %859, 2
	br i1 %860, label %partial, label %softmax

partial:
	%861 = shl i32 %16, 1
	%862 = add i32 0, %861
	%863 = add i32 %288, %862
	%864 = icmp slt i32 %863, %N
	%865 = select i1 %864, i32 %863, i32 0
	%866 = sitofp i32 %850 to float
	%867 = sitofp i32 %865 to float
	%868 = fcmp ole float %867, %866
	%869 = uitofp i1 %868 to float
	%870 = fcmp une float %869, 0.0
	%871 = and i1 %864, %870
	%872 = select i1 %871, float %815, float 0xFFF0000000000000
	%873 = shl i32 %16, 1
	%874 = add i32 1, %873
	%875 = add i32 %288, %874
	%876 = icmp slt i32 %875, %N
	%877 = select i1 %876, i32 %875, i32 0
	%878 = sitofp i32 %850 to float
	%879 = sitofp i32 %877 to float
	%880 = fcmp ole float %879, %878
	%881 = uitofp i1 %880 to float
	%882 = fcmp une float %881, 0.0
	%883 = and i1 %876, %882
	%884 = select i1 %883, float %816, float 0xFFF0000000000000
	%885 = shl i32 %16, 1
	%886 = add i32 0, %885
	%887 = add i32 %288, %886
	%888 = icmp slt i32 %887, %N
	%889 = select i1 %888, i32 %887, i32 0
	%890 = sitofp i32 %854 to float
	%891 = sitofp i32 %889 to float
	%892 = fcmp ole float %891, %890
	%893 = uitofp i1 %892 to float
	%894 = fcmp une float %893, 0.0
	%895 = and i1 %888, %894
	%896 = select i1 %895, float %817, float 0xFFF0000000000000
	%897 = shl i32 %16, 1
	%898 = add i32 1, %897
	%899 = add i32 %288, %898
	%900 = icmp slt i32 %899, %N
	%901 = select i1 %900, i32 %899, i32 0
	%902 = sitofp i32 %854 to float
	%903 = sitofp i32 %901 to float
	%904 = fcmp ole float %903, %902
	%905 = uitofp i1 %904 to float
	%906 = fcmp une float %905, 0.0
	%907 = and i1 %900, %906
	%908 = select i1 %907, float %818, float 0xFFF0000000000000
	%909 = shl i32 %16, 1
	%910 = add i32 8, %909
	%911 = add i32 %288, %910
	%912 = icmp slt i32 %911, %N
	%913 = select i1 %912, i32 %911, i32 0
	%914 = sitofp i32 %850 to float
	%915 = sitofp i32 %913 to float
	%916 = fcmp ole float %915, %914
	%917 = uitofp i1 %916 to float
	%918 = fcmp une float %917, 0.0
	%919 = and i1 %912, %918
	%920 = select i1 %919, float %819, float 0xFFF0000000000000
	%921 = shl i32 %16, 1
	%922 = add i32 9, %921
	%923 = add i32 %288, %922
	%924 = icmp slt i32 %923, %N
	%925 = select i1 %924, i32 %923, i32 0
	%926 = sitofp i32 %850 to float
	%927 = sitofp i32 %925 to float
	%928 = fcmp ole float %927, %926
	%929 = uitofp i1 %928 to float
	%930 = fcmp une float %929, 0.0
	%931 = and i1 %924, %930
	%932 = select i1 %931, float %820, float 0xFFF0000000000000
	%933 = shl i32 %16, 1
	%934 = add i32 8, %933
	%935 = add i32 %288, %934
	%936 = icmp slt i32 %935, %N
	%937 = select i1 %936, i32 %935, i32 0
	%938 = sitofp i32 %854 to float
	%939 = sitofp i32 %937 to float
	%940 = fcmp ole float %939, %938
	%941 = uitofp i1 %940 to float
	%942 = fcmp une float %941, 0.0
	%943 = and i1 %936, %942
	%944 = select i1 %943, float %821, float 0xFFF0000000000000
	%945 = shl i32 %16, 1
	%946 = add i32 9, %945
	%947 = add i32 %288, %946
	%948 = icmp slt i32 %947, %N
	%949 = select i1 %948, i32 %947, i32 0
	%950 = sitofp i32 %854 to float
	%951 = sitofp i32 %949 to float
	%952 = fcmp ole float %951, %950
	%953 = uitofp i1 %952 to float
	%954 = fcmp une float %953, 0.0
	%955 = and i1 %948, %954
	%956 = select i1 %955, float %822, float 0xFFF0000000000000
	%957 = shl i32 %16, 1
	%958 = add i32 16, %957
	%959 = add i32 %288, %958
	%960 = icmp slt i32 %959, %N
	%961 = select i1 %960, i32 %959, i32 0
	%962 = sitofp i32 %850 to float
	%963 = sitofp i32 %961 to float
	%964 = fcmp ole float %963, %962
	%965 = uitofp i1 %964 to float
	%966 = fcmp une float %965, 0.0
	%967 = and i1 %960, %966
	%968 = select i1 %967, float %823, float 0xFFF0000000000000
	%969 = shl i32 %16, 1
	%970 = add i32 17, %969
	%971 = add i32 %288, %970
	%972 = icmp slt i32 %971, %N
	%973 = select i1 %972, i32 %971, i32 0
	%974 = sitofp i32 %850 to float
	%975 = sitofp i32 %973 to float
	%976 = fcmp ole float %975, %974
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = and i1 %972, %978
	%980 = select i1 %979, float %824, float 0xFFF0000000000000
	%981 = shl i32 %16, 1
	%982 = add i32 16, %981
	%983 = add i32 %288, %982
	%984 = icmp slt i32 %983, %N
	%985 = select i1 %984, i32 %983, i32 0
	%986 = sitofp i32 %854 to float
	%987 = sitofp i32 %985 to float
	%988 = fcmp ole float %987, %986
	%989 = uitofp i1 %988 to float
	%990 = fcmp une float %989, 0.0
	%991 = and i1 %984, %990
	%992 = select i1 %991, float %825, float 0xFFF0000000000000
	%993 = shl i32 %16, 1
	%994 = add i32 17, %993
	%995 = add i32 %288, %994
	%996 = icmp slt i32 %995, %N
	%997 = select i1 %996, i32 %995, i32 0
	%998 = sitofp i32 %854 to float
	%999 = sitofp i32 %997 to float
	%1000 = fcmp ole float %999, %998
	%1001 = uitofp i1 %1000 to float
	%1002 = fcmp une float %1001, 0.0
	%1003 = and i1 %996, %1002
	%1004 = select i1 %1003, float %826, float 0xFFF0000000000000
	%1005 = shl i32 %16, 1
	%1006 = add i32 24, %1005
	%1007 = add i32 %288, %1006
	%1008 = icmp slt i32 %1007, %N
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = sitofp i32 %850 to float
	%1011 = sitofp i32 %1009 to float
	%1012 = fcmp ole float %1011, %1010
	%1013 = uitofp i1 %1012 to float
	%1014 = fcmp une float %1013, 0.0
	%1015 = and i1 %1008, %1014
	%1016 = select i1 %1015, float %827, float 0xFFF0000000000000
	%1017 = shl i32 %16, 1
	%1018 = add i32 25, %1017
	%1019 = add i32 %288, %1018
	%1020 = icmp slt i32 %1019, %N
	%1021 = select i1 %1020, i32 %1019, i32 0
	%1022 = sitofp i32 %850 to float
	%1023 = sitofp i32 %1021 to float
	%1024 = fcmp ole float %1023, %1022
	%1025 = uitofp i1 %1024 to float
	%1026 = fcmp une float %1025, 0.0
	%1027 = and i1 %1020, %1026
	%1028 = select i1 %1027, float %828, float 0xFFF0000000000000
	%1029 = shl i32 %16, 1
	%1030 = add i32 24, %1029
	%1031 = add i32 %288, %1030
	%1032 = icmp slt i32 %1031, %N
	%1033 = select i1 %1032, i32 %1031, i32 0
	%1034 = sitofp i32 %854 to float
	%1035 = sitofp i32 %1033 to float
	%1036 = fcmp ole float %1035, %1034
	%1037 = uitofp i1 %1036 to float
	%1038 = fcmp une float %1037, 0.0
	%1039 = and i1 %1032, %1038
	%1040 = select i1 %1039, float %829, float 0xFFF0000000000000
	%1041 = shl i32 %16, 1
	%1042 = add i32 25, %1041
	%1043 = add i32 %288, %1042
	%1044 = icmp slt i32 %1043, %N
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = sitofp i32 %854 to float
	%1047 = sitofp i32 %1045 to float
	%1048 = fcmp ole float %1047, %1046
	%1049 = uitofp i1 %1048 to float
	%1050 = fcmp une float %1049, 0.0
	%1051 = and i1 %1044, %1050
	%1052 = select i1 %1051, float %830, float 0xFFF0000000000000
	%1053 = shl i32 %16, 1
	%1054 = add i32 32, %1053
	%1055 = add i32 %288, %1054
	%1056 = icmp slt i32 %1055, %N
	%1057 = select i1 %1056, i32 %1055, i32 0
	%1058 = sitofp i32 %850 to float
	%1059 = sitofp i32 %1057 to float
	%1060 = fcmp ole float %1059, %1058
	%1061 = uitofp i1 %1060 to float
	%1062 = fcmp une float %1061, 0.0
	%1063 = and i1 %1056, %1062
	%1064 = select i1 %1063, float %831, float 0xFFF0000000000000
	%1065 = shl i32 %16, 1
	%1066 = add i32 33, %1065
	%1067 = add i32 %288, %1066
	%1068 = icmp slt i32 %1067, %N
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = sitofp i32 %850 to float
	%1071 = sitofp i32 %1069 to float
	%1072 = fcmp ole float %1071, %1070
	%1073 = uitofp i1 %1072 to float
	%1074 = fcmp une float %1073, 0.0
	%1075 = and i1 %1068, %1074
	%1076 = select i1 %1075, float %832, float 0xFFF0000000000000
	%1077 = shl i32 %16, 1
	%1078 = add i32 32, %1077
	%1079 = add i32 %288, %1078
	%1080 = icmp slt i32 %1079, %N
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = sitofp i32 %854 to float
	%1083 = sitofp i32 %1081 to float
	%1084 = fcmp ole float %1083, %1082
	%1085 = uitofp i1 %1084 to float
	%1086 = fcmp une float %1085, 0.0
	%1087 = and i1 %1080, %1086
	%1088 = select i1 %1087, float %833, float 0xFFF0000000000000
	%1089 = shl i32 %16, 1
	%1090 = add i32 33, %1089
	%1091 = add i32 %288, %1090
	%1092 = icmp slt i32 %1091, %N
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = sitofp i32 %854 to float
	%1095 = sitofp i32 %1093 to float
	%1096 = fcmp ole float %1095, %1094
	%1097 = uitofp i1 %1096 to float
	%1098 = fcmp une float %1097, 0.0
	%1099 = and i1 %1092, %1098
	%1100 = select i1 %1099, float %834, float 0xFFF0000000000000
	%1101 = shl i32 %16, 1
	%1102 = add i32 40, %1101
	%1103 = add i32 %288, %1102
	%1104 = icmp slt i32 %1103, %N
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = sitofp i32 %850 to float
	%1107 = sitofp i32 %1105 to float
	%1108 = fcmp ole float %1107, %1106
	%1109 = uitofp i1 %1108 to float
	%1110 = fcmp une float %1109, 0.0
	%1111 = and i1 %1104, %1110
	%1112 = select i1 %1111, float %835, float 0xFFF0000000000000
	%1113 = shl i32 %16, 1
	%1114 = add i32 41, %1113
	%1115 = add i32 %288, %1114
	%1116 = icmp slt i32 %1115, %N
	%1117 = select i1 %1116, i32 %1115, i32 0
	%1118 = sitofp i32 %850 to float
	%1119 = sitofp i32 %1117 to float
	%1120 = fcmp ole float %1119, %1118
	%1121 = uitofp i1 %1120 to float
	%1122 = fcmp une float %1121, 0.0
	%1123 = and i1 %1116, %1122
	%1124 = select i1 %1123, float %836, float 0xFFF0000000000000
	%1125 = shl i32 %16, 1
	%1126 = add i32 40, %1125
	%1127 = add i32 %288, %1126
	%1128 = icmp slt i32 %1127, %N
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = sitofp i32 %854 to float
	%1131 = sitofp i32 %1129 to float
	%1132 = fcmp ole float %1131, %1130
	%1133 = uitofp i1 %1132 to float
	%1134 = fcmp une float %1133, 0.0
	%1135 = and i1 %1128, %1134
	%1136 = select i1 %1135, float %837, float 0xFFF0000000000000
	%1137 = shl i32 %16, 1
	%1138 = add i32 41, %1137
	%1139 = add i32 %288, %1138
	%1140 = icmp slt i32 %1139, %N
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = sitofp i32 %854 to float
	%1143 = sitofp i32 %1141 to float
	%1144 = fcmp ole float %1143, %1142
	%1145 = uitofp i1 %1144 to float
	%1146 = fcmp une float %1145, 0.0
	%1147 = and i1 %1140, %1146
	%1148 = select i1 %1147, float %838, float 0xFFF0000000000000
	%1149 = shl i32 %16, 1
	%1150 = add i32 48, %1149
	%1151 = add i32 %288, %1150
	%1152 = icmp slt i32 %1151, %N
	%1153 = select i1 %1152, i32 %1151, i32 0
	%1154 = sitofp i32 %850 to float
	%1155 = sitofp i32 %1153 to float
	%1156 = fcmp ole float %1155, %1154
	%1157 = uitofp i1 %1156 to float
	%1158 = fcmp une float %1157, 0.0
	%1159 = and i1 %1152, %1158
	%1160 = select i1 %1159, float %839, float 0xFFF0000000000000
	%1161 = shl i32 %16, 1
	%1162 = add i32 49, %1161
	%1163 = add i32 %288, %1162
	%1164 = icmp slt i32 %1163, %N
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = sitofp i32 %850 to float
	%1167 = sitofp i32 %1165 to float
	%1168 = fcmp ole float %1167, %1166
	%1169 = uitofp i1 %1168 to float
	%1170 = fcmp une float %1169, 0.0
	%1171 = and i1 %1164, %1170
	%1172 = select i1 %1171, float %840, float 0xFFF0000000000000
	%1173 = shl i32 %16, 1
	%1174 = add i32 48, %1173
	%1175 = add i32 %288, %1174
	%1176 = icmp slt i32 %1175, %N
	%1177 = select i1 %1176, i32 %1175, i32 0
	%1178 = sitofp i32 %854 to float
	%1179 = sitofp i32 %1177 to float
	%1180 = fcmp ole float %1179, %1178
	%1181 = uitofp i1 %1180 to float
	%1182 = fcmp une float %1181, 0.0
	%1183 = and i1 %1176, %1182
	%1184 = select i1 %1183, float %841, float 0xFFF0000000000000
	%1185 = shl i32 %16, 1
	%1186 = add i32 49, %1185
	%1187 = add i32 %288, %1186
	%1188 = icmp slt i32 %1187, %N
	%1189 = select i1 %1188, i32 %1187, i32 0
	%1190 = sitofp i32 %854 to float
	%1191 = sitofp i32 %1189 to float
	%1192 = fcmp ole float %1191, %1190
	%1193 = uitofp i1 %1192 to float
	%1194 = fcmp une float %1193, 0.0
	%1195 = and i1 %1188, %1194
	%1196 = select i1 %1195, float %842, float 0xFFF0000000000000
	%1197 = shl i32 %16, 1
	%1198 = add i32 56, %1197
	%1199 = add i32 %288, %1198
	%1200 = icmp slt i32 %1199, %N
	%1201 = select i1 %1200, i32 %1199, i32 0
	%1202 = sitofp i32 %850 to float
	%1203 = sitofp i32 %1201 to float
	%1204 = fcmp ole float %1203, %1202
	%1205 = uitofp i1 %1204 to float
	%1206 = fcmp une float %1205, 0.0
	%1207 = and i1 %1200, %1206
	%1208 = select i1 %1207, float %843, float 0xFFF0000000000000
	%1209 = shl i32 %16, 1
	%1210 = add i32 57, %1209
	%1211 = add i32 %288, %1210
	%1212 = icmp slt i32 %1211, %N
	%1213 = select i1 %1212, i32 %1211, i32 0
	%1214 = sitofp i32 %850 to float
	%1215 = sitofp i32 %1213 to float
	%1216 = fcmp ole float %1215, %1214
	%1217 = uitofp i1 %1216 to float
	%1218 = fcmp une float %1217, 0.0
	%1219 = and i1 %1212, %1218
	%1220 = select i1 %1219, float %844, float 0xFFF0000000000000
	%1221 = shl i32 %16, 1
	%1222 = add i32 56, %1221
	%1223 = add i32 %288, %1222
	%1224 = icmp slt i32 %1223, %N
	%1225 = select i1 %1224, i32 %1223, i32 0
	%1226 = sitofp i32 %854 to float
	%1227 = sitofp i32 %1225 to float
	%1228 = fcmp ole float %1227, %1226
	%1229 = uitofp i1 %1228 to float
	%1230 = fcmp une float %1229, 0.0
	%1231 = and i1 %1224, %1230
	%1232 = select i1 %1231, float %845, float 0xFFF0000000000000
	%1233 = shl i32 %16, 1
	%1234 = add i32 57, %1233
	%1235 = add i32 %288, %1234
	%1236 = icmp slt i32 %1235, %N
	%1237 = select i1 %1236, i32 %1235, i32 0
	%1238 = sitofp i32 %854 to float
	%1239 = sitofp i32 %1237 to float
	%1240 = fcmp ole float %1239, %1238
	%1241 = uitofp i1 %1240 to float
	%1242 = fcmp une float %1241, 0.0
	%1243 = and i1 %1236, %1242
	%1244 = select i1 %1243, float %846, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1245 = phi float [ %815, %body ], [ %872, %partial ]
	%1246 = phi float [ %816, %body ], [ %884, %partial ]
	%1247 = phi float [ %817, %body ], [ %896, %partial ]
	%1248 = phi float [ %818, %body ], [ %908, %partial ]
	%1249 = phi float [ %819, %body ], [ %920, %partial ]
	%1250 = phi float [ %820, %body ], [ %932, %partial ]
	%1251 = phi float [ %821, %body ], [ %944, %partial ]
	%1252 = phi float [ %822, %body ], [ %956, %partial ]
	%1253 = phi float [ %823, %body ], [ %968, %partial ]
	%1254 = phi float [ %824, %body ], [ %980, %partial ]
	%1255 = phi float [ %825, %body ], [ %992, %partial ]
	%1256 = phi float [ %826, %body ], [ %1004, %partial ]
	%1257 = phi float [ %827, %body ], [ %1016, %partial ]
	%1258 = phi float [ %828, %body ], [ %1028, %partial ]
	%1259 = phi float [ %829, %body ], [ %1040, %partial ]
	%1260 = phi float [ %830, %body ], [ %1052, %partial ]
	%1261 = phi float [ %831, %body ], [ %1064, %partial ]
	%1262 = phi float [ %832, %body ], [ %1076, %partial ]
	%1263 = phi float [ %833, %body ], [ %1088, %partial ]
	%1264 = phi float [ %834, %body ], [ %1100, %partial ]
	%1265 = phi float [ %835, %body ], [ %1112, %partial ]
	%1266 = phi float [ %836, %body ], [ %1124, %partial ]
	%1267 = phi float [ %837, %body ], [ %1136, %partial ]
	%1268 = phi float [ %838, %body ], [ %1148, %partial ]
	%1269 = phi float [ %839, %body ], [ %1160, %partial ]
	%1270 = phi float [ %840, %body ], [ %1172, %partial ]
	%1271 = phi float [ %841, %body ], [ %1184, %partial ]
	%1272 = phi float [ %842, %body ], [ %1196, %partial ]
	%1273 = phi float [ %843, %body ], [ %1208, %partial ]
	%1274 = phi float [ %844, %body ], [ %1220, %partial ]
	%1275 = phi float [ %845, %body ], [ %1232, %partial ]
	%1276 = phi float [ %846, %body ], [ %1244, %partial ]
	%1277 = call float @llvm.nvvm.fmax.f(float %1245, float %1246)
	%1278 = call float @llvm.nvvm.fmax.f(float %1249, float %1250)
	%1279 = call float @llvm.nvvm.fmax.f(float %1253, float %1254)
	%1280 = call float @llvm.nvvm.fmax.f(float %1257, float %1258)
	%1281 = call float @llvm.nvvm.fmax.f(float %1261, float %1262)
	%1282 = call float @llvm.nvvm.fmax.f(float %1265, float %1266)
	%1283 = call float @llvm.nvvm.fmax.f(float %1269, float %1270)
	%1284 = call float @llvm.nvvm.fmax.f(float %1273, float %1274)
	%1285 = call float @llvm.nvvm.fmax.f(float %1277, float %1278)
	%1286 = call float @llvm.nvvm.fmax.f(float %1279, float %1280)
	%1287 = call float @llvm.nvvm.fmax.f(float %1281, float %1282)
	%1288 = call float @llvm.nvvm.fmax.f(float %1283, float %1284)
	%1289 = call float @llvm.nvvm.fmax.f(float %1285, float %1286)
	%1290 = call float @llvm.nvvm.fmax.f(float %1287, float %1288)
	%1291 = call float @llvm.nvvm.fmax.f(float %1289, float %1290)
	%1292 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1291, i32 1, i32 31)
	%1293 = call float @llvm.nvvm.fmax.f(float %1291, float %1292)
	%1294 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1293, i32 2, i32 31)
	%1295 = call float @llvm.nvvm.fmax.f(float %1293, float %1294)
	%1296 = fmul float %1295, 0x3FC0527DC0000000
	%1297 = call float @llvm.nvvm.fmax.f(float %284, float %1296)
	%1298 = fadd float %284, 8.0
	%1299 = fcmp ogt float %1297, %1298
	%1300 = or i1 false, %1299
	%1301 = call float @llvm.nvvm.fmax.f(float %1247, float %1248)
	%1302 = call float @llvm.nvvm.fmax.f(float %1251, float %1252)
	%1303 = call float @llvm.nvvm.fmax.f(float %1255, float %1256)
	%1304 = call float @llvm.nvvm.fmax.f(float %1259, float %1260)
	%1305 = call float @llvm.nvvm.fmax.f(float %1263, float %1264)
	%1306 = call float @llvm.nvvm.fmax.f(float %1267, float %1268)
	%1307 = call float @llvm.nvvm.fmax.f(float %1271, float %1272)
	%1308 = call float @llvm.nvvm.fmax.f(float %1275, float %1276)
	%1309 = call float @llvm.nvvm.fmax.f(float %1301, float %1302)
	%1310 = call float @llvm.nvvm.fmax.f(float %1303, float %1304)
	%1311 = call float @llvm.nvvm.fmax.f(float %1305, float %1306)
	%1312 = call float @llvm.nvvm.fmax.f(float %1307, float %1308)
	%1313 = call float @llvm.nvvm.fmax.f(float %1309, float %1310)
	%1314 = call float @llvm.nvvm.fmax.f(float %1311, float %1312)
	%1315 = call float @llvm.nvvm.fmax.f(float %1313, float %1314)
	%1316 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1315, i32 1, i32 31)
	%1317 = call float @llvm.nvvm.fmax.f(float %1315, float %1316)
	%1318 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1317, i32 2, i32 31)
	%1319 = call float @llvm.nvvm.fmax.f(float %1317, float %1318)
	%1320 = fmul float %1319, 0x3FC0527DC0000000
	%1321 = call float @llvm.nvvm.fmax.f(float %286, float %1320)
	%1322 = fadd float %286, 8.0
	%1323 = fcmp ogt float %1321, %1322
	%1324 = or i1 %1300, %1323
	%1325 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1324)
	br i1 %1325, label %1326, label %1401

1326:
	%1327 = fcmp oeq float %1297, 0xFFF0000000000000
	%1328 = select i1 %1327, float 0.0, float %1297
	%1329 = fsub float %284, %1328
	%1330 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1329)
	%1331 = fcmp oeq float %1321, 0xFFF0000000000000
	%1332 = select i1 %1331, float 0.0, float %1321
	%1333 = fsub float %286, %1332
	%1334 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1333)
	%1335 = fmul float %220, %1330
	%1336 = fmul float %221, %1330
	%1337 = fmul float %222, %1334
	%1338 = fmul float %223, %1334
	%1339 = fmul float %224, %1330
	%1340 = fmul float %225, %1330
	%1341 = fmul float %226, %1334
	%1342 = fmul float %227, %1334
	%1343 = fmul float %228, %1330
	%1344 = fmul float %229, %1330
	%1345 = fmul float %230, %1334
	%1346 = fmul float %231, %1334
	%1347 = fmul float %232, %1330
	%1348 = fmul float %233, %1330
	%1349 = fmul float %234, %1334
	%1350 = fmul float %235, %1334
	%1351 = fmul float %236, %1330
	%1352 = fmul float %237, %1330
	%1353 = fmul float %238, %1334
	%1354 = fmul float %239, %1334
	%1355 = fmul float %240, %1330
	%1356 = fmul float %241, %1330
	%1357 = fmul float %242, %1334
	%1358 = fmul float %243, %1334
	%1359 = fmul float %244, %1330
	%1360 = fmul float %245, %1330
	%1361 = fmul float %246, %1334
	%1362 = fmul float %247, %1334
	%1363 = fmul float %248, %1330
	%1364 = fmul float %249, %1330
	%1365 = fmul float %250, %1334
	%1366 = fmul float %251, %1334
	%1367 = fmul float %252, %1330
	%1368 = fmul float %253, %1330
	%1369 = fmul float %254, %1334
	%1370 = fmul float %255, %1334
	%1371 = fmul float %256, %1330
	%1372 = fmul float %257, %1330
	%1373 = fmul float %258, %1334
	%1374 = fmul float %259, %1334
	%1375 = fmul float %260, %1330
	%1376 = fmul float %261, %1330
	%1377 = fmul float %262, %1334
	%1378 = fmul float %263, %1334
	%1379 = fmul float %264, %1330
	%1380 = fmul float %265, %1330
	%1381 = fmul float %266, %1334
	%1382 = fmul float %267, %1334
	%1383 = fmul float %268, %1330
	%1384 = fmul float %269, %1330
	%1385 = fmul float %270, %1334
	%1386 = fmul float %271, %1334
	%1387 = fmul float %272, %1330
	%1388 = fmul float %273, %1330
	%1389 = fmul float %274, %1334
	%1390 = fmul float %275, %1334
	%1391 = fmul float %276, %1330
	%1392 = fmul float %277, %1330
	%1393 = fmul float %278, %1334
	%1394 = fmul float %279, %1334
	%1395 = fmul float %280, %1330
	%1396 = fmul float %281, %1330
	%1397 = fmul float %282, %1334
	%1398 = fmul float %283, %1334
	%1399 = fmul float %285, %1330
	%1400 = fmul float %287, %1334
	br label %1401

1401:
	%1402 = phi float [ %220, %softmax ], [ %1335, %1326 ]
	%1403 = phi float [ %221, %softmax ], [ %1336, %1326 ]
	%1404 = phi float [ %222, %softmax ], [ %1337, %1326 ]
	%1405 = phi float [ %223, %softmax ], [ %1338, %1326 ]
	%1406 = phi float [ %224, %softmax ], [ %1339, %1326 ]
	%1407 = phi float [ %225, %softmax ], [ %1340, %1326 ]
	%1408 = phi float [ %226, %softmax ], [ %1341, %1326 ]
	%1409 = phi float [ %227, %softmax ], [ %1342, %1326 ]
	%1410 = phi float [ %228, %softmax ], [ %1343, %1326 ]
	%1411 = phi float [ %229, %softmax ], [ %1344, %1326 ]
	%1412 = phi float [ %230, %softmax ], [ %1345, %1326 ]
	%1413 = phi float [ %231, %softmax ], [ %1346, %1326 ]
	%1414 = phi float [ %232, %softmax ], [ %1347, %1326 ]
	%1415 = phi float [ %233, %softmax ], [ %1348, %1326 ]
	%1416 = phi float [ %234, %softmax ], [ %1349, %1326 ]
	%1417 = phi float [ %235, %softmax ], [ %1350, %1326 ]
	%1418 = phi float [ %236, %softmax ], [ %1351, %1326 ]
	%1419 = phi float [ %237, %softmax ], [ %1352, %1326 ]
	%1420 = phi float [ %238, %softmax ], [ %1353, %1326 ]
	%1421 = phi float [ %239, %softmax ], [ %1354, %1326 ]
	%1422 = phi float [ %240, %softmax ], [ %1355, %1326 ]
	%1423 = phi float [ %241, %softmax ], [ %1356, %1326 ]
	%1424 = phi float [ %242, %softmax ], [ %1357, %1326 ]
	%1425 = phi float [ %243, %softmax ], [ %1358, %1326 ]
	%1426 = phi float [ %244, %softmax ], [ %1359, %1326 ]
	%1427 = phi float [ %245, %softmax ], [ %1360, %1326 ]
	%1428 = phi float [ %246, %softmax ], [ %1361, %1326 ]
	%1429 = phi float [ %247, %softmax ], [ %1362, %1326 ]
	%1430 = phi float [ %248, %softmax ], [ %1363, %1326 ]
	%1431 = phi float [ %249, %softmax ], [ %1364, %1326 ]
	%1432 = phi float [ %250, %softmax ], [ %1365, %1326 ]
	%1433 = phi float [ %251, %softmax ], [ %1366, %1326 ]
	%1434 = phi float [ %252, %softmax ], [ %1367, %1326 ]
	%1435 = phi float [ %253, %softmax ], [ %1368, %1326 ]
	%1436 = phi float [ %254, %softmax ], [ %1369, %1326 ]
	%1437 = phi float [ %255, %softmax ], [ %1370, %1326 ]
	%1438 = phi float [ %256, %softmax ], [ %1371, %1326 ]
	%1439 = phi float [ %257, %softmax ], [ %1372, %1326 ]
	%1440 = phi float [ %258, %softmax ], [ %1373, %1326 ]
	%1441 = phi float [ %259, %softmax ], [ %1374, %1326 ]
	%1442 = phi float [ %260, %softmax ], [ %1375, %1326 ]
	%1443 = phi float [ %261, %softmax ], [ %1376, %1326 ]
	%1444 = phi float [ %262, %softmax ], [ %1377, %1326 ]
	%1445 = phi float [ %263, %softmax ], [ %1378, %1326 ]
	%1446 = phi float [ %264, %softmax ], [ %1379, %1326 ]
	%1447 = phi float [ %265, %softmax ], [ %1380, %1326 ]
	%1448 = phi float [ %266, %softmax ], [ %1381, %1326 ]
	%1449 = phi float [ %267, %softmax ], [ %1382, %1326 ]
	%1450 = phi float [ %268, %softmax ], [ %1383, %1326 ]
	%1451 = phi float [ %269, %softmax ], [ %1384, %1326 ]
	%1452 = phi float [ %270, %softmax ], [ %1385, %1326 ]
	%1453 = phi float [ %271, %softmax ], [ %1386, %1326 ]
	%1454 = phi float [ %272, %softmax ], [ %1387, %1326 ]
	%1455 = phi float [ %273, %softmax ], [ %1388, %1326 ]
	%1456 = phi float [ %274, %softmax ], [ %1389, %1326 ]
	%1457 = phi float [ %275, %softmax ], [ %1390, %1326 ]
	%1458 = phi float [ %276, %softmax ], [ %1391, %1326 ]
	%1459 = phi float [ %277, %softmax ], [ %1392, %1326 ]
	%1460 = phi float [ %278, %softmax ], [ %1393, %1326 ]
	%1461 = phi float [ %279, %softmax ], [ %1394, %1326 ]
	%1462 = phi float [ %280, %softmax ], [ %1395, %1326 ]
	%1463 = phi float [ %281, %softmax ], [ %1396, %1326 ]
	%1464 = phi float [ %282, %softmax ], [ %1397, %1326 ]
	%1465 = phi float [ %283, %softmax ], [ %1398, %1326 ]
	%1466 = phi float [ %285, %softmax ], [ %1399, %1326 ]
	%1467 = phi float [ %287, %softmax ], [ %1400, %1326 ]
	%1468 = select i1 %1325, float %1297, float %284
	%1469 = fcmp oeq float %1468, 0xFFF0000000000000
	%1470 = select i1 %1469, float 0.0, float %1468
	%1471 = fneg float %1470
	%1472 = call float @llvm.fma.f32(float %1245, float 0x3FC0527DC0000000, float %1471)
	%1473 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1472)
	%1474 = call float @llvm.fma.f32(float %1246, float 0x3FC0527DC0000000, float %1471)
	%1475 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1474)
	%1476 = call float @llvm.fma.f32(float %1249, float 0x3FC0527DC0000000, float %1471)
	%1477 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1476)
	%1478 = call float @llvm.fma.f32(float %1250, float 0x3FC0527DC0000000, float %1471)
	%1479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1478)
	%1480 = call float @llvm.fma.f32(float %1253, float 0x3FC0527DC0000000, float %1471)
	%1481 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1480)
	%1482 = call float @llvm.fma.f32(float %1254, float 0x3FC0527DC0000000, float %1471)
	%1483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1482)
	%1484 = call float @llvm.fma.f32(float %1257, float 0x3FC0527DC0000000, float %1471)
	%1485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1484)
	%1486 = call float @llvm.fma.f32(float %1258, float 0x3FC0527DC0000000, float %1471)
	%1487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1486)
	%1488 = call float @llvm.fma.f32(float %1261, float 0x3FC0527DC0000000, float %1471)
	%1489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1488)
	%1490 = call float @llvm.fma.f32(float %1262, float 0x3FC0527DC0000000, float %1471)
	%1491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1490)
	%1492 = call float @llvm.fma.f32(float %1265, float 0x3FC0527DC0000000, float %1471)
	%1493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1492)
	%1494 = call float @llvm.fma.f32(float %1266, float 0x3FC0527DC0000000, float %1471)
	%1495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1494)
	%1496 = call float @llvm.fma.f32(float %1269, float 0x3FC0527DC0000000, float %1471)
	%1497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1496)
	%1498 = call float @llvm.fma.f32(float %1270, float 0x3FC0527DC0000000, float %1471)
	%1499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1498)
	%1500 = call float @llvm.fma.f32(float %1273, float 0x3FC0527DC0000000, float %1471)
	%1501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1500)
	%1502 = call float @llvm.fma.f32(float %1274, float 0x3FC0527DC0000000, float %1471)
	%1503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1502)
	%1504 = fadd float %1473, %1475
	%1505 = fadd float %1477, %1479
	%1506 = fadd float %1481, %1483
	%1507 = fadd float %1485, %1487
	%1508 = fadd float %1489, %1491
	%1509 = fadd float %1493, %1495
	%1510 = fadd float %1497, %1499
	%1511 = fadd float %1501, %1503
	%1512 = fadd float %1504, %1505
	%1513 = fadd float %1506, %1507
	%1514 = fadd float %1508, %1509
	%1515 = fadd float %1510, %1511
	%1516 = fadd float %1512, %1513
	%1517 = fadd float %1514, %1515
	%1518 = fadd float %1516, %1517
	%1519 = fadd float %1466, %1518
	%1520 = select i1 %1325, float %1321, float %286
	%1521 = fcmp oeq float %1520, 0xFFF0000000000000
	%1522 = select i1 %1521, float 0.0, float %1520
	%1523 = fneg float %1522
	%1524 = call float @llvm.fma.f32(float %1247, float 0x3FC0527DC0000000, float %1523)
	%1525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1524)
	%1526 = call float @llvm.fma.f32(float %1248, float 0x3FC0527DC0000000, float %1523)
	%1527 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1526)
	%1528 = call float @llvm.fma.f32(float %1251, float 0x3FC0527DC0000000, float %1523)
	%1529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1528)
	%1530 = call float @llvm.fma.f32(float %1252, float 0x3FC0527DC0000000, float %1523)
	%1531 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1530)
	%1532 = call float @llvm.fma.f32(float %1255, float 0x3FC0527DC0000000, float %1523)
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = call float @llvm.fma.f32(float %1256, float 0x3FC0527DC0000000, float %1523)
	%1535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1534)
	%1536 = call float @llvm.fma.f32(float %1259, float 0x3FC0527DC0000000, float %1523)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = call float @llvm.fma.f32(float %1260, float 0x3FC0527DC0000000, float %1523)
	%1539 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1538)
	%1540 = call float @llvm.fma.f32(float %1263, float 0x3FC0527DC0000000, float %1523)
	%1541 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1540)
	%1542 = call float @llvm.fma.f32(float %1264, float 0x3FC0527DC0000000, float %1523)
	%1543 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1542)
	%1544 = call float @llvm.fma.f32(float %1267, float 0x3FC0527DC0000000, float %1523)
	%1545 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1544)
	%1546 = call float @llvm.fma.f32(float %1268, float 0x3FC0527DC0000000, float %1523)
	%1547 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1546)
	%1548 = call float @llvm.fma.f32(float %1271, float 0x3FC0527DC0000000, float %1523)
	%1549 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1548)
	%1550 = call float @llvm.fma.f32(float %1272, float 0x3FC0527DC0000000, float %1523)
	%1551 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1550)
	%1552 = call float @llvm.fma.f32(float %1275, float 0x3FC0527DC0000000, float %1523)
	%1553 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1552)
	%1554 = call float @llvm.fma.f32(float %1276, float 0x3FC0527DC0000000, float %1523)
	%1555 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1554)
	%1556 = fadd float %1525, %1527
	%1557 = fadd float %1529, %1531
	%1558 = fadd float %1533, %1535
	%1559 = fadd float %1537, %1539
	%1560 = fadd float %1541, %1543
	%1561 = fadd float %1545, %1547
	%1562 = fadd float %1549, %1551
	%1563 = fadd float %1553, %1555
	%1564 = fadd float %1556, %1557
	%1565 = fadd float %1558, %1559
	%1566 = fadd float %1560, %1561
	%1567 = fadd float %1562, %1563
	%1568 = fadd float %1564, %1565
	%1569 = fadd float %1566, %1567
	%1570 = fadd float %1568, %1569
	%1571 = fadd float %1467, %1570
	%1572 = and i32 %11, 7
	%1573 = lshr i32 %11, 3
	%1574 = and i32 %1573, 1
	%1575 = shl i32 %1574, 3
	%1576 = add i32 %1572, %1575
	%1577 = mul i32 %1576, 256
	%1578 = add i32 %1, %1577
	%1579 = and i32 %11, 7
	%1580 = xor i32 %122, %1579
	%1581 = shl i32 %1580, 4
	%1582 = add i32 %1578, %1581
	%1583 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1475, float %1473)
	%1584 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1527, float %1525)
	%1585 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1477)
	%1586 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1531, float %1529)
	%1587 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1483, float %1481)
	%1588 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1535, float %1533)
	%1589 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1487, float %1485)
	%1590 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1539, float %1537)
	%1591 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1491, float %1489)
	%1592 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1543, float %1541)
	%1593 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1495, float %1493)
	%1594 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1547, float %1545)
	%1595 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1499, float %1497)
	%1596 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1551, float %1549)
	%1597 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1503, float %1501)
	%1598 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1555, float %1553)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1599 = add i32 %292, 0
	%1600 = zext i32 %1599 to i64
	%1601 = or i64 %1600, u0x4000004002000000
	%1602 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, float %1427, float %1428, float %1429, float %1430, float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, float %1451, float %1452, float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, float %1463, float %1464, float %1465, i32 %1583, i32 %1584, i32 %1585, i32 %1586, i64 %1601, i32 1)
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 0
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 1
	%1605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 2
	%1606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 3
	%1607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 4
	%1608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 5
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 6
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 7
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 8
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 9
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 10
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 11
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 12
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 13
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 14
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 15
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 16
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 17
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 18
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 19
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 20
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 21
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 22
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 23
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 24
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 25
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 26
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 27
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 28
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 29
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 30
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 31
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 32
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 33
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 34
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 35
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 36
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 37
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 38
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 39
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 40
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 41
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 42
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 43
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 44
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 45
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 46
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 47
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 48
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 49
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 50
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 51
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 52
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 53
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 54
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 55
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 56
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 57
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 58
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 59
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 60
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 61
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 62
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1602, 63
	%1667 = add i32 %292, 128
	%1668 = zext i32 %1667 to i64
	%1669 = or i64 %1668, u0x4000004002000000
	%1670 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1603, float %1604, float %1605, float %1606, float %1607, float %1608, float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, i32 %1587, i32 %1588, i32 %1589, i32 %1590, i64 %1669, i32 1)
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 0
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 1
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 2
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 3
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 4
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 5
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 6
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 7
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 8
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 9
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 10
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 11
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 12
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 13
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 14
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 15
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 16
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 17
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 18
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 19
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 20
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 21
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 22
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 23
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 24
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 25
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 26
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 27
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 28
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 29
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 30
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 31
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 32
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 33
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 34
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 35
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 36
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 37
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 38
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 39
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 40
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 41
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 42
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 43
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 44
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 45
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 46
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 47
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 48
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 49
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 50
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 51
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 52
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 53
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 54
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 55
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 56
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 57
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 58
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 59
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 60
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 61
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 62
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1670, 63
	%1735 = add i32 %292, 256
	%1736 = zext i32 %1735 to i64
	%1737 = or i64 %1736, u0x4000004002000000
	%1738 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, float %1696, float %1697, float %1698, float %1699, float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, i32 %1591, i32 %1592, i32 %1593, i32 %1594, i64 %1737, i32 1)
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 0
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 1
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 2
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 3
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 4
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 5
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 6
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 7
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 8
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 9
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 10
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 11
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 12
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 13
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 14
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 15
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 16
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 17
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 18
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 19
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 20
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 21
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 22
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 23
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 24
	%1764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 25
	%1765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 26
	%1766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 27
	%1767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 28
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 29
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 30
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 31
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 32
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 33
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 34
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 35
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 36
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 37
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 38
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 39
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 40
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 41
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 42
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 43
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 44
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 45
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 46
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 47
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 48
	%1788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 49
	%1789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 50
	%1790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 51
	%1791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 52
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 53
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 54
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 55
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 56
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 57
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 58
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 59
	%1799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 60
	%1800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 61
	%1801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 62
	%1802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1738, 63
	%1803 = add i32 %292, 384
	%1804 = zext i32 %1803 to i64
	%1805 = or i64 %1804, u0x4000004002000000
	%1806 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, float %1751, float %1752, float %1753, float %1754, float %1755, float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, float %1763, float %1764, float %1765, float %1766, float %1767, float %1768, float %1769, float %1770, float %1771, float %1772, float %1773, float %1774, float %1775, float %1776, float %1777, float %1778, float %1779, float %1780, float %1781, float %1782, float %1783, float %1784, float %1785, float %1786, float %1787, float %1788, float %1789, float %1790, float %1791, float %1792, float %1793, float %1794, float %1795, float %1796, float %1797, float %1798, float %1799, float %1800, float %1801, float %1802, i32 %1595, i32 %1596, i32 %1597, i32 %1598, i64 %1805, i32 1)
	%1807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 0
	%1808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 1
	%1809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 2
	%1810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 3
	%1811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 4
	%1812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 5
	%1813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 6
	%1814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 7
	%1815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 8
	%1816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 9
	%1817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 10
	%1818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 11
	%1819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 12
	%1820 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 13
	%1821 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 14
	%1822 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 15
	%1823 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 16
	%1824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 17
	%1825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 18
	%1826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 19
	%1827 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 20
	%1828 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 21
	%1829 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 22
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 23
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 24
	%1832 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 25
	%1833 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 26
	%1834 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 27
	%1835 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 28
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 29
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 30
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 31
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 32
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 33
	%1841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 34
	%1842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 35
	%1843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 36
	%1844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 37
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 38
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 39
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 40
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 41
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 42
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 43
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 44
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 45
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 46
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 47
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 48
	%1856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 49
	%1857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 50
	%1858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 51
	%1859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 52
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 53
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 54
	%1862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 55
	%1863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 56
	%1864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 57
	%1865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 58
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 59
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 60
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 61
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 62
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1806, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1871 = call float asm sideeffect "", "=f,0"(float %1807)
	%1872 = call float asm sideeffect "", "=f,0"(float %1808)
	%1873 = call float asm sideeffect "", "=f,0"(float %1809)
	%1874 = call float asm sideeffect "", "=f,0"(float %1810)
	%1875 = call float asm sideeffect "", "=f,0"(float %1811)
	%1876 = call float asm sideeffect "", "=f,0"(float %1812)
	%1877 = call float asm sideeffect "", "=f,0"(float %1813)
	%1878 = call float asm sideeffect "", "=f,0"(float %1814)
	%1879 = call float asm sideeffect "", "=f,0"(float %1815)
	%1880 = call float asm sideeffect "", "=f,0"(float %1816)
	%1881 = call float asm sideeffect "", "=f,0"(float %1817)
	%1882 = call float asm sideeffect "", "=f,0"(float %1818)
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
	br i1 %301, label %loop, label %epilogue

store0:
	%1935 = mul i32 %20, %M
	%1936 = add i32 %1935, %379
	%1937 = mul i32 %1936, 128
	%1938 = shl i32 %16, 1
	%1939 = add i32 0, %1938
	%1940 = add i32 %1937, %1939
	%1941 = sext i32 %1940 to i64
	%1942 = getelementptr i16, i16* %out, i64 %1941
	%1943 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %381, float %380)
	%1944 = bitcast i16* %1942 to i32*
	store i32 %1943, i32* %1944
	%1945 = shl i32 %16, 1
	%1946 = add i32 8, %1945
	%1947 = add i32 %1937, %1946
	%1948 = sext i32 %1947 to i64
	%1949 = getelementptr i16, i16* %out, i64 %1948
	%1950 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %383, float %382)
	%1951 = bitcast i16* %1949 to i32*
	store i32 %1950, i32* %1951
	%1952 = shl i32 %16, 1
	%1953 = add i32 16, %1952
	%1954 = add i32 %1937, %1953
	%1955 = sext i32 %1954 to i64
	%1956 = getelementptr i16, i16* %out, i64 %1955
	%1957 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %385, float %384)
	%1958 = bitcast i16* %1956 to i32*
	store i32 %1957, i32* %1958
	%1959 = shl i32 %16, 1
	%1960 = add i32 24, %1959
	%1961 = add i32 %1937, %1960
	%1962 = sext i32 %1961 to i64
	%1963 = getelementptr i16, i16* %out, i64 %1962
	%1964 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %387, float %386)
	%1965 = bitcast i16* %1963 to i32*
	store i32 %1964, i32* %1965
	%1966 = shl i32 %16, 1
	%1967 = add i32 32, %1966
	%1968 = add i32 %1937, %1967
	%1969 = sext i32 %1968 to i64
	%1970 = getelementptr i16, i16* %out, i64 %1969
	%1971 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %389, float %388)
	%1972 = bitcast i16* %1970 to i32*
	store i32 %1971, i32* %1972
	%1973 = shl i32 %16, 1
	%1974 = add i32 40, %1973
	%1975 = add i32 %1937, %1974
	%1976 = sext i32 %1975 to i64
	%1977 = getelementptr i16, i16* %out, i64 %1976
	%1978 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %391, float %390)
	%1979 = bitcast i16* %1977 to i32*
	store i32 %1978, i32* %1979
	%1980 = shl i32 %16, 1
	%1981 = add i32 48, %1980
	%1982 = add i32 %1937, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = getelementptr i16, i16* %out, i64 %1983
	%1985 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %393, float %392)
	%1986 = bitcast i16* %1984 to i32*
	store i32 %1985, i32* %1986
	%1987 = shl i32 %16, 1
	%1988 = add i32 56, %1987
	%1989 = add i32 %1937, %1988
	%1990 = sext i32 %1989 to i64
	%1991 = getelementptr i16, i16* %out, i64 %1990
	%1992 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %395, float %394)
	%1993 = bitcast i16* %1991 to i32*
	store i32 %1992, i32* %1993
	%1994 = shl i32 %16, 1
	%1995 = add i32 64, %1994
	%1996 = add i32 %1937, %1995
	%1997 = sext i32 %1996 to i64
	%1998 = getelementptr i16, i16* %out, i64 %1997
	%1999 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %397, float %396)
	%2000 = bitcast i16* %1998 to i32*
	store i32 %1999, i32* %2000
	%2001 = shl i32 %16, 1
	%2002 = add i32 72, %2001
	%2003 = add i32 %1937, %2002
	%2004 = sext i32 %2003 to i64
	%2005 = getelementptr i16, i16* %out, i64 %2004
	%2006 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %399, float %398)
	%2007 = bitcast i16* %2005 to i32*
	store i32 %2006, i32* %2007
	%2008 = shl i32 %16, 1
	%2009 = add i32 80, %2008
	%2010 = add i32 %1937, %2009
	%2011 = sext i32 %2010 to i64
	%2012 = getelementptr i16, i16* %out, i64 %2011
	%2013 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %401, float %400)
	%2014 = bitcast i16* %2012 to i32*
	store i32 %2013, i32* %2014
	%2015 = shl i32 %16, 1
	%2016 = add i32 88, %2015
	%2017 = add i32 %1937, %2016
	%2018 = sext i32 %2017 to i64
	%2019 = getelementptr i16, i16* %out, i64 %2018
	%2020 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %403, float %402)
	%2021 = bitcast i16* %2019 to i32*
	store i32 %2020, i32* %2021
	%2022 = shl i32 %16, 1
	%2023 = add i32 96, %2022
	%2024 = add i32 %1937, %2023
	%2025 = sext i32 %2024 to i64
	%2026 = getelementptr i16, i16* %out, i64 %2025
	%2027 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %405, float %404)
	%2028 = bitcast i16* %2026 to i32*
	store i32 %2027, i32* %2028
	%2029 = shl i32 %16, 1
	%2030 = add i32 104, %2029
	%2031 = add i32 %1937, %2030
	%2032 = sext i32 %2031 to i64
	%2033 = getelementptr i16, i16* %out, i64 %2032
	%2034 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %407, float %406)
	%2035 = bitcast i16* %2033 to i32*
	store i32 %2034, i32* %2035
	%2036 = shl i32 %16, 1
	%2037 = add i32 112, %2036
	%2038 = add i32 %1937, %2037
	%2039 = sext i32 %2038 to i64
	%2040 = getelementptr i16, i16* %out, i64 %2039
	%2041 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %409, float %408)
	%2042 = bitcast i16* %2040 to i32*
	store i32 %2041, i32* %2042
	%2043 = shl i32 %16, 1
	%2044 = add i32 120, %2043
	%2045 = add i32 %1937, %2044
	%2046 = sext i32 %2045 to i64
	%2047 = getelementptr i16, i16* %out, i64 %2046
	%2048 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %411, float %410)
	%2049 = bitcast i16* %2047 to i32*
	store i32 %2048, i32* %2049
	br label %stored0

stored0:
	%2050 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %303, i32 1, i32 31)
	%2051 = fadd float %303, %2050
	%2052 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2051, i32 2, i32 31)
	%2053 = fadd float %2051, %2052
	%2054 = fcmp ogt float %2053, 0.0
	%2055 = fdiv float 1.0, %2053
	%2056 = select i1 %2054, float %2055, float 0.0
	%2057 = mul i32 %10, 16
	%2058 = add i32 %22, %2057
	%2059 = add i32 %15, 8
	%2060 = add i32 %2058, %2059
	%2061 = fmul float %307, %2056
	%2062 = fmul float %308, %2056
	%2063 = fmul float %311, %2056
	%2064 = fmul float %312, %2056
	%2065 = fmul float %315, %2056
	%2066 = fmul float %316, %2056
	%2067 = fmul float %319, %2056
	%2068 = fmul float %320, %2056
	%2069 = fmul float %323, %2056
	%2070 = fmul float %324, %2056
	%2071 = fmul float %327, %2056
	%2072 = fmul float %328, %2056
	%2073 = fmul float %331, %2056
	%2074 = fmul float %332, %2056
	%2075 = fmul float %335, %2056
	%2076 = fmul float %336, %2056
	%2077 = fmul float %339, %2056
	%2078 = fmul float %340, %2056
	%2079 = fmul float %343, %2056
	%2080 = fmul float %344, %2056
	%2081 = fmul float %347, %2056
	%2082 = fmul float %348, %2056
	%2083 = fmul float %351, %2056
	%2084 = fmul float %352, %2056
	%2085 = fmul float %355, %2056
	%2086 = fmul float %356, %2056
	%2087 = fmul float %359, %2056
	%2088 = fmul float %360, %2056
	%2089 = fmul float %363, %2056
	%2090 = fmul float %364, %2056
	%2091 = fmul float %367, %2056
	%2092 = fmul float %368, %2056
	%2093 = icmp slt i32 %2060, %M
	br i1 %2093, label %store1, label %stored1

store1:
	%2094 = mul i32 %20, %M
	%2095 = add i32 %2094, %2060
	%2096 = mul i32 %2095, 128
	%2097 = shl i32 %16, 1
	%2098 = add i32 0, %2097
	%2099 = add i32 %2096, %2098
	%2100 = sext i32 %2099 to i64
	%2101 = getelementptr i16, i16* %out, i64 %2100
	%2102 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2062, float %2061)
	%2103 = bitcast i16* %2101 to i32*
	store i32 %2102, i32* %2103
	%2104 = shl i32 %16, 1
	%2105 = add i32 8, %2104
	%2106 = add i32 %2096, %2105
	%2107 = sext i32 %2106 to i64
	%2108 = getelementptr i16, i16* %out, i64 %2107
	%2109 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2064, float %2063)
	%2110 = bitcast i16* %2108 to i32*
	store i32 %2109, i32* %2110
	%2111 = shl i32 %16, 1
	%2112 = add i32 16, %2111
	%2113 = add i32 %2096, %2112
	%2114 = sext i32 %2113 to i64
	%2115 = getelementptr i16, i16* %out, i64 %2114
	%2116 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2066, float %2065)
	%2117 = bitcast i16* %2115 to i32*
	store i32 %2116, i32* %2117
	%2118 = shl i32 %16, 1
	%2119 = add i32 24, %2118
	%2120 = add i32 %2096, %2119
	%2121 = sext i32 %2120 to i64
	%2122 = getelementptr i16, i16* %out, i64 %2121
	%2123 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2068, float %2067)
	%2124 = bitcast i16* %2122 to i32*
	store i32 %2123, i32* %2124
	%2125 = shl i32 %16, 1
	%2126 = add i32 32, %2125
	%2127 = add i32 %2096, %2126
	%2128 = sext i32 %2127 to i64
	%2129 = getelementptr i16, i16* %out, i64 %2128
	%2130 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2070, float %2069)
	%2131 = bitcast i16* %2129 to i32*
	store i32 %2130, i32* %2131
	%2132 = shl i32 %16, 1
	%2133 = add i32 40, %2132
	%2134 = add i32 %2096, %2133
	%2135 = sext i32 %2134 to i64
	%2136 = getelementptr i16, i16* %out, i64 %2135
	%2137 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2072, float %2071)
	%2138 = bitcast i16* %2136 to i32*
	store i32 %2137, i32* %2138
	%2139 = shl i32 %16, 1
	%2140 = add i32 48, %2139
	%2141 = add i32 %2096, %2140
	%2142 = sext i32 %2141 to i64
	%2143 = getelementptr i16, i16* %out, i64 %2142
	%2144 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2074, float %2073)
	%2145 = bitcast i16* %2143 to i32*
	store i32 %2144, i32* %2145
	%2146 = shl i32 %16, 1
	%2147 = add i32 56, %2146
	%2148 = add i32 %2096, %2147
	%2149 = sext i32 %2148 to i64
	%2150 = getelementptr i16, i16* %out, i64 %2149
	%2151 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2076, float %2075)
	%2152 = bitcast i16* %2150 to i32*
	store i32 %2151, i32* %2152
	%2153 = shl i32 %16, 1
	%2154 = add i32 64, %2153
	%2155 = add i32 %2096, %2154
	%2156 = sext i32 %2155 to i64
	%2157 = getelementptr i16, i16* %out, i64 %2156
	%2158 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2078, float %2077)
	%2159 = bitcast i16* %2157 to i32*
	store i32 %2158, i32* %2159
	%2160 = shl i32 %16, 1
	%2161 = add i32 72, %2160
	%2162 = add i32 %2096, %2161
	%2163 = sext i32 %2162 to i64
	%2164 = getelementptr i16, i16* %out, i64 %2163
	%2165 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2080, float %2079)
	%2166 = bitcast i16* %2164 to i32*
	store i32 %2165, i32* %2166
	%2167 = shl i32 %16, 1
	%2168 = add i32 80, %2167
	%2169 = add i32 %2096, %2168
	%2170 = sext i32 %2169 to i64
	%2171 = getelementptr i16, i16* %out, i64 %2170
	%2172 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2082, float %2081)
	%2173 = bitcast i16* %2171 to i32*
	store i32 %2172, i32* %2173
	%2174 = shl i32 %16, 1
	%2175 = add i32 88, %2174
	%2176 = add i32 %2096, %2175
	%2177 = sext i32 %2176 to i64
	%2178 = getelementptr i16, i16* %out, i64 %2177
	%2179 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2084, float %2083)
	%2180 = bitcast i16* %2178 to i32*
	store i32 %2179, i32* %2180
	%2181 = shl i32 %16, 1
	%2182 = add i32 96, %2181
	%2183 = add i32 %2096, %2182
	%2184 = sext i32 %2183 to i64
	%2185 = getelementptr i16, i16* %out, i64 %2184
	%2186 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2086, float %2085)
	%2187 = bitcast i16* %2185 to i32*
	store i32 %2186, i32* %2187
	%2188 = shl i32 %16, 1
	%2189 = add i32 104, %2188
	%2190 = add i32 %2096, %2189
	%2191 = sext i32 %2190 to i64
	%2192 = getelementptr i16, i16* %out, i64 %2191
	%2193 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2088, float %2087)
	%2194 = bitcast i16* %2192 to i32*
	store i32 %2193, i32* %2194
	%2195 = shl i32 %16, 1
	%2196 = add i32 112, %2195
	%2197 = add i32 %2096, %2196
	%2198 = sext i32 %2197 to i64
	%2199 = getelementptr i16, i16* %out, i64 %2198
	%2200 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2090, float %2089)
	%2201 = bitcast i16* %2199 to i32*
	store i32 %2200, i32* %2201
	%2202 = shl i32 %16, 1
	%2203 = add i32 120, %2202
	%2204 = add i32 %2096, %2203
	%2205 = sext i32 %2204 to i64
	%2206 = getelementptr i16, i16* %out, i64 %2205
	%2207 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2092, float %2091)
	%2208 = bitcast i16* %2206 to i32*
	store i32 %2207, i32* %2208
	br label %stored1

stored1:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @prefill_attn0, !"minctasm", i32 2}
