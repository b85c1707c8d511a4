define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i16* %kbar, i16* %vbar, i32* %comp) {
entry:
	%0 = ptrtoint [0 x i8] addrspace(3)* @$K_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x8000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = sub i32 %9, 128
	%11 = lshr i32 %10, 5
	%12 = and i32 %10, 31
	%13 = lshr i32 %11, 2
	%14 = mul i32 %13, 512
	%15 = add i32 %4, %14
	%16 = lshr i32 %12, 2
	%17 = and i32 %12, 3
	%18 = add i32 %NQ, 1
	%19 = lshr i32 %18, 1
	%20 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%21 = mul i32 %20, %19
	%22 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%23 = add i32 %21, %22
	%24 = mul i32 %hg, %19
	%25 = udiv i32 %23, %24
	%26 = urem i32 %23, %24
	%27 = mul i32 %25, %hg
	%28 = sub i32 %H, %27
	%29 = icmp slt i32 %hg, %28
	%30 = select i1 %29, i32 %hg, i32 %28
	%31 = sub i32 %19, 1
	%32 = udiv i32 %26, %30
	%33 = sub i32 %31, %32
	%34 = urem i32 %26, %30
	%35 = add i32 %27, %34
	%36 = sdiv i32 %35, %group
	%37 = mul i32 %33, 128
	%38 = mul i32 %35, %M
	%39 = mul i32 %38, 64
	%40 = sext i32 %39 to i64
	%41 = getelementptr i16, i16* %q, i64 %40
	%42 = mul i32 %36, %N
	%43 = mul i32 %42, 64
	%44 = sext i32 %43 to i64
	%45 = getelementptr i16, i16* %k, i64 %44
	%46 = mul i32 %36, %N
	%47 = mul i32 %46, 64
	%48 = sext i32 %47 to i64
	%49 = getelementptr i16, i16* %v, i64 %48
	%50 = udiv i32 %35, %lh
	%51 = mul i32 %50, %NQ
	%52 = add i32 %51, %33
	%53 = mul i32 %52, 2
	%54 = mul i32 %53, %NK
	%55 = lshr i32 %11, 2
	%56 = and i32 %55, 1
	%57 = add i32 %NK, 63
	%58 = sdiv i32 %57, 64
	%59 = add i32 %NK, %58
	%60 = mul i32 %35, %19
	%61 = add i32 %60, %33
	%62 = mul i32 %61, %59
	%63 = shl i32 %33, 1
	%64 = add i32 %63, %56
	%65 = sub i32 %NQ, 1
	%66 = icmp slt i32 %64, %65
	%67 = select i1 %66, i32 %64, i32 %65
	%68 = mul i32 %35, %ch
	%69 = mul i32 %68, %NQ
	%70 = add i32 %69, %67
	%71 = mul i32 %70, %NK
	%72 = mul i32 %36, %NK
	%73 = mul i32 %72, 64
	%74 = sext i32 %73 to i64
	%75 = getelementptr i16, i16* %kbar, i64 %74
	%76 = mul i32 %36, %NK
	%77 = mul i32 %76, 64
	%78 = sext i32 %77 to i64
	%79 = getelementptr i16, i16* %vbar, i64 %78
	%80 = add i32 %NK, 63
	%81 = sdiv i32 %80, 64
	%82 = mul i32 %35, %NQ
	%83 = add i32 %82, %67
	%84 = mul i32 %83, %81
	%85 = mul i32 %84, 2
	%86 = add i32 %62, 0
	%87 = sext i32 %86 to i64
	%88 = getelementptr i32, i32* %list, i64 %87
	%89 = load i32, i32* %88
	%90 = icmp slt i32 %89, 0
	%91 = and i32 %89, u0xFFFFFF
	%92 = select i1 %90, i32 -1, i32 %91
	%93 = add i32 %62, 0
	%94 = sext i32 %93 to i64
	%95 = getelementptr i32, i32* %list, i64 %94
	%96 = load i32, i32* %95
	%97 = add i32 %56, 24
	%98 = lshr i32 %96, %97
	%99 = and i32 %98, 1
	%100 = icmp ne i32 %99, 0
	%101 = icmp sgt i32 %NK, 0
	%102 = icmp sge i32 %92, 0
	%103 = and i1 %101, %102
	%104 = add i32 %0, u0xC000
	%105 = lshr i32 %104, 4
	%106 = and i32 %105, u0x3FFF
	%107 = add i32 %0, u0xE000
	%108 = icmp eq i32 %9, 0
	br i1 %108, label %109, label %134

109:
	%110 = mul i32 0, 32
	%111 = add i32 %107, %110
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %111)
	%112 = mul i32 0, 32
	%113 = add i32 %107, %112
	%114 = add i32 %113, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %114)
	%115 = mul i32 0, 32
	%116 = add i32 %107, %115
	%117 = add i32 %116, 16
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %117)
	%118 = mul i32 0, 32
	%119 = add i32 %107, %118
	%120 = add i32 %119, 16
	%121 = add i32 %120, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %121)
	%122 = mul i32 1, 32
	%123 = add i32 %107, %122
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %123)
	%124 = mul i32 1, 32
	%125 = add i32 %107, %124
	%126 = add i32 %125, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %126)
	%127 = mul i32 1, 32
	%128 = add i32 %107, %127
	%129 = add i32 %128, 16
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %129)
	%130 = mul i32 1, 32
	%131 = add i32 %107, %130
	%132 = add i32 %131, 16
	%133 = add i32 %132, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %133)
	br label %134

134:
	call void asm sideeffect "fence.mbarrier_init.release.cluster;", ""()
	call void @llvm.nvvm.barrier0()
	%135 = icmp ult i32 %9, 128
	br i1 %135, label %producer, label %consumer

producer:
	call void asm sideeffect "setmaxnreg.dec.sync.aligned.u32 40;", ""()
	br i1 %103, label %produce, label %produced

consumer:
	call void asm sideeffect "setmaxnreg.inc.sync.aligned.u32 232;", ""()
	%136 = lshr i32 %10, 3
	%137 = and i32 %10, 7
	%138 = lshr i32 %137, 3
	%139 = mul i32 %138, u0x4000
	%140 = and i32 %137, 7
	%141 = and i32 %136, 7
	%142 = xor i32 %140, %141
	%143 = mul i32 %136, 128
	%144 = shl i32 %142, 4
	%145 = add i32 %143, %144
	%146 = add i32 %139, %145
	%147 = add i32 %2, %146
	%148 = add i32 %37, %136
	%149 = mul i32 %148, 64
	%150 = mul i32 %137, 8
	%151 = add i32 %149, %150
	%152 = sext i32 %151 to i64
	%153 = getelementptr i16, i16* %41, i64 %152
	%154 = add i32 %148, 0
	%155 = icmp slt i32 %154, %M
	%156 = getelementptr i16, i16* %153, i64 0
	%157 = select i1 %155, i16* %156, i16* %41
	%158 = add i32 %147, 0
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	%160 = add i32 %148, 32
	%161 = icmp slt i32 %160, %M
	%162 = getelementptr i16, i16* %153, i64 2048
	%163 = select i1 %161, i16* %162, i16* %41
	%164 = add i32 %147, u0x1000
	%165 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %163, i32 %165)
	%166 = add i32 %148, 64
	%167 = icmp slt i32 %166, %M
	%168 = getelementptr i16, i16* %153, i64 u0x1000
	%169 = select i1 %167, i16* %168, i16* %41
	%170 = add i32 %147, u0x2000
	%171 = select i1 %167, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %170, i16* %169, i32 %171)
	%172 = add i32 %148, 96
	%173 = icmp slt i32 %172, %M
	%174 = getelementptr i16, i16* %153, i64 6144
	%175 = select i1 %173, i16* %174, i16* %41
	%176 = add i32 %147, 12288
	%177 = select i1 %173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %176, i16* %175, i32 %177)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%178 = mul i32 %10, 32
	%179 = add i32 %104, %178
	%180 = add i32 %179, 0
	call void asm sideeffect "{ .reg .b32 z; mov.b32 z, 0; st.shared.v4.b32 [$0], {z, z, z, z}; }", "r"(i32 %180)
	%181 = add i32 %179, 16
	call void asm sideeffect "{ .reg .b32 z; mov.b32 z, 0; st.shared.v4.b32 [$0], {z, z, z, z}; }", "r"(i32 %181)
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void asm sideeffect "bar.sync 1, 256;", ""()
	br i1 %103, label %prologue, label %epilogue

produce:
	%182 = phi i32 [ 0, %producer ], [ %308, %261 ]
	%183 = phi i32 [ %92, %producer ], [ %318, %261 ]
	%184 = urem i32 %182, 2
	%185 = udiv i32 %182, 2
	%186 = and i32 %185, 1
	%187 = xor i32 %186, 1
	%188 = mul i32 %184, 32
	%189 = add i32 %107, %188
	%190 = add i32 %189, 8
	br label %191

produced:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	ret void

191:
	%192 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %190, i32 %187)
	%193 = icmp ne i32 %192, 0
	br i1 %193, label %194, label %191

194:
	%195 = mul i32 %184, u0x4000
	%196 = mul i32 %183, 64
	%197 = icmp sge i32 %183, %NK
	%198 = select i1 %197, i16* %75, i16* %45
	%199 = sub i32 %183, %NK
	%200 = select i1 %197, i32 %199, i32 %183
	%201 = mul i32 %200, 64
	%202 = select i1 %197, i32 %NK, i32 %N
	%203 = icmp sge i32 %183, %NK
	%204 = select i1 %203, i16* %79, i16* %49
	%205 = sub i32 %183, %NK
	%206 = select i1 %203, i32 %205, i32 %183
	%207 = mul i32 %206, 64
	%208 = select i1 %203, i32 %NK, i32 %N
	%209 = add i32 %0, %195
	%210 = lshr i32 %9, 3
	%211 = and i32 %9, 7
	%212 = lshr i32 %211, 3
	%213 = mul i32 %212, u0x2000
	%214 = and i32 %211, 7
	%215 = and i32 %210, 7
	%216 = xor i32 %214, %215
	%217 = mul i32 %210, 128
	%218 = shl i32 %216, 4
	%219 = add i32 %217, %218
	%220 = add i32 %213, %219
	%221 = add i32 %209, %220
	%222 = add i32 %201, %210
	%223 = mul i32 %222, 64
	%224 = mul i32 %211, 8
	%225 = add i32 %223, %224
	%226 = sext i32 %225 to i64
	%227 = getelementptr i16, i16* %198, i64 %226
	%228 = add i32 %222, 0
	%229 = icmp slt i32 %228, %202
	%230 = getelementptr i16, i16* %227, i64 0
	%231 = select i1 %229, i16* %230, i16* %198
	%232 = add i32 %221, 0
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %222, 16
	%235 = icmp slt i32 %234, %202
	%236 = getelementptr i16, i16* %227, i64 1024
	%237 = select i1 %235, i16* %236, i16* %198
	%238 = add i32 %221, 2048
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %222, 32
	%241 = icmp slt i32 %240, %202
	%242 = getelementptr i16, i16* %227, i64 2048
	%243 = select i1 %241, i16* %242, i16* %198
	%244 = add i32 %221, u0x1000
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	%246 = add i32 %222, 48
	%247 = icmp slt i32 %246, %202
	%248 = getelementptr i16, i16* %227, i64 3072
	%249 = select i1 %247, i16* %248, i16* %198
	%250 = add i32 %221, 6144
	%251 = select i1 %247, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %250, i16* %249, i32 %251)
	%252 = mul i32 %184, 32
	%253 = add i32 %107, %252
	call void asm sideeffect "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r"(i32 %253)
	%254 = mul i32 %184, 32
	%255 = add i32 %107, %254
	%256 = add i32 %255, 16
	%257 = add i32 %256, 8
	br label %258

258:
	%259 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %257, i32 %187)
	%260 = icmp ne i32 %259, 0
	br i1 %260, label %261, label %258

261:
	%262 = add i32 %1, %195
	%263 = lshr i32 %9, 3
	%264 = and i32 %9, 7
	%265 = lshr i32 %264, 3
	%266 = mul i32 %265, u0x2000
	%267 = and i32 %264, 7
	%268 = and i32 %263, 7
	%269 = xor i32 %267, %268
	%270 = mul i32 %263, 128
	%271 = shl i32 %269, 4
	%272 = add i32 %270, %271
	%273 = add i32 %266, %272
	%274 = add i32 %262, %273
	%275 = add i32 %201, %263
	%276 = mul i32 %275, 64
	%277 = mul i32 %264, 8
	%278 = add i32 %276, %277
	%279 = sext i32 %278 to i64
	%280 = getelementptr i16, i16* %204, i64 %279
	%281 = add i32 %275, 0
	%282 = icmp slt i32 %281, %202
	%283 = getelementptr i16, i16* %280, i64 0
	%284 = select i1 %282, i16* %283, i16* %204
	%285 = add i32 %274, 0
	%286 = select i1 %282, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %285, i16* %284, i32 %286)
	%287 = add i32 %275, 16
	%288 = icmp slt i32 %287, %202
	%289 = getelementptr i16, i16* %280, i64 1024
	%290 = select i1 %288, i16* %289, i16* %204
	%291 = add i32 %274, 2048
	%292 = select i1 %288, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %291, i16* %290, i32 %292)
	%293 = add i32 %275, 32
	%294 = icmp slt i32 %293, %202
	%295 = getelementptr i16, i16* %280, i64 2048
	%296 = select i1 %294, i16* %295, i16* %204
	%297 = add i32 %274, u0x1000
	%298 = select i1 %294, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %297, i16* %296, i32 %298)
	%299 = add i32 %275, 48
	%300 = icmp slt i32 %299, %202
	%301 = getelementptr i16, i16* %280, i64 3072
	%302 = select i1 %300, i16* %301, i16* %204
	%303 = add i32 %274, 6144
	%304 = select i1 %300, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %303, i16* %302, i32 %304)
	%305 = mul i32 %184, 32
	%306 = add i32 %107, %305
	%307 = add i32 %306, 16
	call void asm sideeffect "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r"(i32 %307)
	%308 = add i32 %182, 1
	%309 = icmp slt i32 %308, %59
	%310 = select i1 %309, i32 %308, i32 0
	%311 = add i32 %62, %310
	%312 = sext i32 %311 to i64
	%313 = getelementptr i32, i32* %list, i64 %312
	%314 = load i32, i32* %313
	%315 = icmp slt i32 %314, 0
	%316 = and i32 %314, u0xFFFFFF
	%317 = select i1 %315, i32 -1, i32 %316
	%318 = select i1 %309, i32 %317, i32 -1
	%319 = icmp sge i32 %318, 0
	br i1 %319, label %produce, label %produced

prologue:
	%320 = and i32 %12, 7
	%321 = lshr i32 %12, 3
	%322 = and i32 %321, 1
	%323 = shl i32 %322, 3
	%324 = add i32 %320, %323
	%325 = lshr i32 %12, 4
	%326 = mul i32 %11, 16
	%327 = add i32 %324, 0
	%328 = add i32 %326, %327
	%329 = mul i32 %328, 128
	%330 = add i32 %2, %329
	%331 = and i32 %12, 7
	%332 = xor i32 %325, %331
	%333 = shl i32 %332, 4
	%334 = add i32 %330, %333
	br label %loop

loop:
	%335 = phi i32 [ 0, %prologue ], [ %483, %1946 ]
	%336 = phi i32 [ %92, %prologue ], [ %493, %1946 ]
	%337 = phi i1 [ %100, %prologue ], [ %497, %1946 ]
	%338 = phi float [ 0.0, %prologue ], [ %1947, %1946 ]
	%339 = phi float [ 0.0, %prologue ], [ %1948, %1946 ]
	%340 = phi float [ 0.0, %prologue ], [ %1949, %1946 ]
	%341 = phi float [ 0.0, %prologue ], [ %1950, %1946 ]
	%342 = phi float [ 0.0, %prologue ], [ %1951, %1946 ]
	%343 = phi float [ 0.0, %prologue ], [ %1952, %1946 ]
	%344 = phi float [ 0.0, %prologue ], [ %1953, %1946 ]
	%345 = phi float [ 0.0, %prologue ], [ %1954, %1946 ]
	%346 = phi float [ 0.0, %prologue ], [ %1955, %1946 ]
	%347 = phi float [ 0.0, %prologue ], [ %1956, %1946 ]
	%348 = phi float [ 0.0, %prologue ], [ %1957, %1946 ]
	%349 = phi float [ 0.0, %prologue ], [ %1958, %1946 ]
	%350 = phi float [ 0.0, %prologue ], [ %1959, %1946 ]
	%351 = phi float [ 0.0, %prologue ], [ %1960, %1946 ]
	%352 = phi float [ 0.0, %prologue ], [ %1961, %1946 ]
	%353 = phi float [ 0.0, %prologue ], [ %1962, %1946 ]
	%354 = phi float [ 0.0, %prologue ], [ %1963, %1946 ]
	%355 = phi float [ 0.0, %prologue ], [ %1964, %1946 ]
	%356 = phi float [ 0.0, %prologue ], [ %1965, %1946 ]
	%357 = phi float [ 0.0, %prologue ], [ %1966, %1946 ]
	%358 = phi float [ 0.0, %prologue ], [ %1967, %1946 ]
	%359 = phi float [ 0.0, %prologue ], [ %1968, %1946 ]
	%360 = phi float [ 0.0, %prologue ], [ %1969, %1946 ]
	%361 = phi float [ 0.0, %prologue ], [ %1970, %1946 ]
	%362 = phi float [ 0.0, %prologue ], [ %1971, %1946 ]
	%363 = phi float [ 0.0, %prologue ], [ %1972, %1946 ]
	%364 = phi float [ 0.0, %prologue ], [ %1973, %1946 ]
	%365 = phi float [ 0.0, %prologue ], [ %1974, %1946 ]
	%366 = phi float [ 0.0, %prologue ], [ %1975, %1946 ]
	%367 = phi float [ 0.0, %prologue ], [ %1976, %1946 ]
	%368 = phi float [ 0.0, %prologue ], [ %1977, %1946 ]
	%369 = phi float [ 0.0, %prologue ], [ %1978, %1946 ]
	%370 = phi float [ 0xFFF0000000000000, %prologue ], [ %1771, %1946 ]
	%371 = phi float [ 0.0, %prologue ], [ %1822, %1946 ]
	%372 = phi float [ 0xFFF0000000000000, %prologue ], [ %1823, %1946 ]
	%373 = phi float [ 0.0, %prologue ], [ %1874, %1946 ]
	%374 = phi i32 [ 0, %prologue ], [ %1979, %1946 ]
	%375 = phi i32 [ 0, %prologue ], [ %1980, %1946 ]
	%376 = phi i32 [ 0, %prologue ], [ %1981, %1946 ]
	%377 = phi i32 [ 0, %prologue ], [ %1982, %1946 ]
	%378 = phi i32 [ 0, %prologue ], [ %1983, %1946 ]
	%379 = phi i32 [ 0, %prologue ], [ %1984, %1946 ]
	%380 = phi i32 [ 0, %prologue ], [ %1985, %1946 ]
	%381 = phi i32 [ 0, %prologue ], [ %1986, %1946 ]
	%382 = phi i32 [ 0, %prologue ], [ %1987, %1946 ]
	%383 = phi i32 [ 0, %prologue ], [ %1988, %1946 ]
	%384 = phi i32 [ 0, %prologue ], [ %1989, %1946 ]
	%385 = phi i32 [ 0, %prologue ], [ %1990, %1946 ]
	%386 = phi i32 [ 0, %prologue ], [ %1991, %1946 ]
	%387 = phi i32 [ 0, %prologue ], [ %1992, %1946 ]
	%388 = phi i32 [ 0, %prologue ], [ %1993, %1946 ]
	%389 = phi i32 [ 0, %prologue ], [ %1994, %1946 ]
	%390 = urem i32 %335, 2
	%391 = udiv i32 %335, 2
	%392 = and i32 %391, 1
	%393 = mul i32 %390, 32
	%394 = add i32 %107, %393
	br label %458

epilogue:
	%395 = phi float [ 0.0, %consumer ], [ %1822, %2001 ]
	%396 = phi float [ 0.0, %consumer ], [ %1874, %2001 ]
	%397 = phi i32 [ 0, %consumer ], [ %483, %2001 ]
	%398 = phi float [ 0.0, %consumer ], [ %2146, %2001 ]
	%399 = phi float [ 0.0, %consumer ], [ %2147, %2001 ]
	%400 = phi float [ 0.0, %consumer ], [ %2148, %2001 ]
	%401 = phi float [ 0.0, %consumer ], [ %2149, %2001 ]
	%402 = phi float [ 0.0, %consumer ], [ %2150, %2001 ]
	%403 = phi float [ 0.0, %consumer ], [ %2151, %2001 ]
	%404 = phi float [ 0.0, %consumer ], [ %2152, %2001 ]
	%405 = phi float [ 0.0, %consumer ], [ %2153, %2001 ]
	%406 = phi float [ 0.0, %consumer ], [ %2154, %2001 ]
	%407 = phi float [ 0.0, %consumer ], [ %2155, %2001 ]
	%408 = phi float [ 0.0, %consumer ], [ %2156, %2001 ]
	%409 = phi float [ 0.0, %consumer ], [ %2157, %2001 ]
	%410 = phi float [ 0.0, %consumer ], [ %2158, %2001 ]
	%411 = phi float [ 0.0, %consumer ], [ %2159, %2001 ]
	%412 = phi float [ 0.0, %consumer ], [ %2160, %2001 ]
	%413 = phi float [ 0.0, %consumer ], [ %2161, %2001 ]
	%414 = phi float [ 0.0, %consumer ], [ %2162, %2001 ]
	%415 = phi float [ 0.0, %consumer ], [ %2163, %2001 ]
	%416 = phi float [ 0.0, %consumer ], [ %2164, %2001 ]
	%417 = phi float [ 0.0, %consumer ], [ %2165, %2001 ]
	%418 = phi float [ 0.0, %consumer ], [ %2166, %2001 ]
	%419 = phi float [ 0.0, %consumer ], [ %2167, %2001 ]
	%420 = phi float [ 0.0, %consumer ], [ %2168, %2001 ]
	%421 = phi float [ 0.0, %consumer ], [ %2169, %2001 ]
	%422 = phi float [ 0.0, %consumer ], [ %2170, %2001 ]
	%423 = phi float [ 0.0, %consumer ], [ %2171, %2001 ]
	%424 = phi float [ 0.0, %consumer ], [ %2172, %2001 ]
	%425 = phi float [ 0.0, %consumer ], [ %2173, %2001 ]
	%426 = phi float [ 0.0, %consumer ], [ %2174, %2001 ]
	%427 = phi float [ 0.0, %consumer ], [ %2175, %2001 ]
	%428 = phi float [ 0.0, %consumer ], [ %2176, %2001 ]
	%429 = phi float [ 0.0, %consumer ], [ %2177, %2001 ]
	%430 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %395, i32 1, i32 31)
	%431 = fadd float %395, %430
	%432 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %431, i32 2, i32 31)
	%433 = fadd float %431, %432
	%434 = fcmp ogt float %433, 0.0
	%435 = fdiv float 1.0, %433
	%436 = select i1 %434, float %435, float 0.0
	%437 = mul i32 %11, 16
	%438 = add i32 %37, %437
	%439 = add i32 %16, 0
	%440 = add i32 %438, %439
	%441 = fmul float %398, %436
	%442 = fmul float %399, %436
	%443 = fmul float %402, %436
	%444 = fmul float %403, %436
	%445 = fmul float %406, %436
	%446 = fmul float %407, %436
	%447 = fmul float %410, %436
	%448 = fmul float %411, %436
	%449 = fmul float %414, %436
	%450 = fmul float %415, %436
	%451 = fmul float %418, %436
	%452 = fmul float %419, %436
	%453 = fmul float %422, %436
	%454 = fmul float %423, %436
	%455 = fmul float %426, %436
	%456 = fmul float %427, %436
	%457 = icmp slt i32 %440, %M
	br i1 %457, label %store0, label %stored0

458:
	%459 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %394, i32 %392)
	%460 = icmp ne i32 %459, 0
	br i1 %460, label %461, label %458

461:
	%462 = icmp ne i32 %335, 0
	br i1 %462, label %463, label %471

463:
	%464 = sub i32 %335, 1
	%465 = urem i32 %464, 2
	%466 = udiv i32 %464, 2
	%467 = and i32 %466, 1
	%468 = mul i32 %465, 32
	%469 = add i32 %107, %468
	%470 = add i32 %469, 16
	br label %844

471:
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	%472 = mul i32 %336, 64
	%473 = mul i32 %390, 1024
	%474 = add i32 %6, %473
	%475 = add i32 %8, %473
	%476 = icmp eq i32 %390, 0
	%477 = sub i32 %390, 1
	%478 = select i1 %476, i32 1, i32 %477
	%479 = mul i32 %478, 1024
	%480 = add i32 %8, %479
	%481 = icmp eq i32 %335, 0
	%482 = select i1 %481, i32 %106, i32 %480
	%483 = add i32 %335, 1
	%484 = icmp slt i32 %483, %59
	%485 = select i1 %484, i32 %483, i32 0
	%486 = add i32 %62, %485
	%487 = sext i32 %486 to i64
	%488 = getelementptr i32, i32* %list, i64 %487
	%489 = load i32, i32* %488
	%490 = select i1 %484, i32 %489, i32 -1
	%491 = icmp slt i32 %490, 0
	%492 = and i32 %490, u0xFFFFFF
	%493 = select i1 %491, i32 -1, i32 %492
	%494 = add i32 %56, 24
	%495 = lshr i32 %490, %494
	%496 = and i32 %495, 1
	%497 = icmp ne i32 %496, 0
	%498 = icmp sge i32 %493, 0
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%499 = add i32 %15, 0
	%500 = zext i32 %499 to i64
	%501 = or i64 %500, u0x4000004000010000
	%502 = add i32 %474, 0
	%503 = zext i32 %502 to i64
	%504 = or i64 %503, u0x4000004000010000
	%505 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %501, i64 %504, i32 1)
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 0
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 1
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 2
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 3
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 4
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 5
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 6
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 7
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 8
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 9
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 10
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 11
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 12
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 13
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 14
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 15
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 16
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 17
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 18
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 19
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 20
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 21
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 22
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 23
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 24
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 25
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 26
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 27
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 28
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 29
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 30
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %505, 31
	%538 = add i32 %15, 2
	%539 = zext i32 %538 to i64
	%540 = or i64 %539, u0x4000004000010000
	%541 = add i32 %474, 2
	%542 = zext i32 %541 to i64
	%543 = or i64 %542, u0x4000004000010000
	%544 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, i64 %540, i64 %543, i32 1)
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 0
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 1
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 2
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 3
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 4
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 5
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 6
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 7
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 8
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 9
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 10
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 11
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 12
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 13
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 14
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 15
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 16
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 17
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 18
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 19
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 20
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 21
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 22
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 23
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 24
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 25
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 26
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 27
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 28
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 29
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 30
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %544, 31
	%577 = add i32 %15, 4
	%578 = zext i32 %577 to i64
	%579 = or i64 %578, u0x4000004000010000
	%580 = add i32 %474, 4
	%581 = zext i32 %580 to i64
	%582 = or i64 %581, u0x4000004000010000
	%583 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, i64 %579, i64 %582, i32 1)
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 0
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 1
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 2
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 3
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 4
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 5
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 6
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 7
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 8
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 9
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 10
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 11
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 12
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 13
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 14
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 15
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 16
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 17
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 18
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 19
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 20
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 21
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 22
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 23
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 24
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 25
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 26
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 27
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 28
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 29
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 30
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %583, 31
	%616 = add i32 %15, 6
	%617 = zext i32 %616 to i64
	%618 = or i64 %617, u0x4000004000010000
	%619 = add i32 %474, 6
	%620 = zext i32 %619 to i64
	%621 = or i64 %620, u0x4000004000010000
	%622 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, i64 %618, i64 %621, i32 1)
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 0
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 1
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 2
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 3
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 4
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 5
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 6
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 7
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 8
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 9
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 10
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 11
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 12
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 13
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 14
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 15
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 16
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 17
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 18
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 19
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 20
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 21
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 22
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 23
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 24
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 25
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 26
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 27
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 28
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 29
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 30
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %622, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%655 = add i32 %482, 0
	%656 = zext i32 %655 to i64
	%657 = or i64 %656, u0x4000004002000000
	%658 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, i32 %374, i32 %375, i32 %376, i32 %377, i64 %657, i32 1)
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 0
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 1
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 2
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 3
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 4
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 5
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 6
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 7
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 8
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 9
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 10
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 11
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 12
	%672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 13
	%673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 14
	%674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 15
	%675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 16
	%676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 17
	%677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 18
	%678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 19
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 20
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 21
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 22
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 23
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 24
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 25
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 26
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 27
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 28
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 29
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 30
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %658, 31
	%691 = add i32 %482, 128
	%692 = zext i32 %691 to i64
	%693 = or i64 %692, u0x4000004002000000
	%694 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %659, float %660, float %661, float %662, float %663, float %664, float %665, float %666, float %667, float %668, float %669, float %670, float %671, float %672, float %673, float %674, float %675, float %676, float %677, float %678, float %679, float %680, float %681, float %682, float %683, float %684, float %685, float %686, float %687, float %688, float %689, float %690, i32 %378, i32 %379, i32 %380, i32 %381, i64 %693, i32 1)
	%695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 0
	%696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 1
	%697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 2
	%698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 3
	%699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 4
	%700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 5
	%701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 6
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 7
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 8
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 9
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 10
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 11
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 12
	%708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 13
	%709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 14
	%710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 15
	%711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 16
	%712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 17
	%713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 18
	%714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 19
	%715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 20
	%716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 21
	%717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 22
	%718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 23
	%719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 24
	%720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 25
	%721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 26
	%722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 27
	%723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 28
	%724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 29
	%725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 30
	%726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %694, 31
	%727 = add i32 %482, 256
	%728 = zext i32 %727 to i64
	%729 = or i64 %728, u0x4000004002000000
	%730 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %695, float %696, float %697, float %698, float %699, float %700, float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, float %719, float %720, float %721, float %722, float %723, float %724, float %725, float %726, i32 %382, i32 %383, i32 %384, i32 %385, i64 %729, i32 1)
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 0
	%732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 1
	%733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 2
	%734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 3
	%735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 4
	%736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 5
	%737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 6
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 7
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 8
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 9
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 10
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 11
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 12
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 13
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 14
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 15
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 16
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 17
	%749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 18
	%750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 19
	%751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 20
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 21
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 22
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 23
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 24
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 25
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 26
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 27
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 28
	%760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 29
	%761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 30
	%762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %730, 31
	%763 = add i32 %482, 384
	%764 = zext i32 %763 to i64
	%765 = or i64 %764, u0x4000004002000000
	%766 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %731, float %732, float %733, float %734, float %735, float %736, float %737, float %738, float %739, float %740, float %741, float %742, float %743, float %744, float %745, float %746, float %747, float %748, float %749, float %750, float %751, float %752, float %753, float %754, float %755, float %756, float %757, float %758, float %759, float %760, float %761, float %762, i32 %386, i32 %387, i32 %388, i32 %389, i64 %765, i32 1)
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 0
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 1
	%769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 2
	%770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 3
	%771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 4
	%772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 5
	%773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 6
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 7
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 8
	%776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 9
	%777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 10
	%778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 11
	%779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 12
	%780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 13
	%781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 14
	%782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 15
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 16
	%784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 17
	%785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 18
	%786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 19
	%787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 20
	%788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 21
	%789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 22
	%790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 23
	%791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 24
	%792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 25
	%793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 26
	%794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 27
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 28
	%796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 29
	%797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 30
	%798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %766, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 1;", ""()
	%799 = call float asm sideeffect "", "=f,0"(float %623)
	%800 = call float asm sideeffect "", "=f,0"(float %624)
	%801 = call float asm sideeffect "", "=f,0"(float %625)
	%802 = call float asm sideeffect "", "=f,0"(float %626)
	%803 = call float asm sideeffect "", "=f,0"(float %627)
	%804 = call float asm sideeffect "", "=f,0"(float %628)
	%805 = call float asm sideeffect "", "=f,0"(float %629)
	%806 = call float asm sideeffect "", "=f,0"(float %630)
	%807 = call float asm sideeffect "", "=f,0"(float %631)
	%808 = call float asm sideeffect "", "=f,0"(float %632)
	%809 = call float asm sideeffect "", "=f,0"(float %633)
	%810 = call float asm sideeffect "", "=f,0"(float %634)
	%811 = call float asm sideeffect "", "=f,0"(float %635)
	%812 = call float asm sideeffect "", "=f,0"(float %636)
	%813 = call float asm sideeffect "", "=f,0"(float %637)
	%814 = call float asm sideeffect "", "=f,0"(float %638)
	%815 = call float asm sideeffect "", "=f,0"(float %639)
	%816 = call float asm sideeffect "", "=f,0"(float %640)
	%817 = call float asm sideeffect "", "=f,0"(float %641)
	%818 = call float asm sideeffect "", "=f,0"(float %642)
	%819 = call float asm sideeffect "", "=f,0"(float %643)
	%820 = call float asm sideeffect "", "=f,0"(float %644)
	%821 = call float asm sideeffect "", "=f,0"(float %645)
	%822 = call float asm sideeffect "", "=f,0"(float %646)
	%823 = call float asm sideeffect "", "=f,0"(float %647)
	%824 = call float asm sideeffect "", "=f,0"(float %648)
	%825 = call float asm sideeffect "", "=f,0"(float %649)
	%826 = call float asm sideeffect "", "=f,0"(float %650)
	%827 = call float asm sideeffect "", "=f,0"(float %651)
	%828 = call float asm sideeffect "", "=f,0"(float %652)
	%829 = call float asm sideeffect "", "=f,0"(float %653)
	%830 = call float asm sideeffect "", "=f,0"(float %654)
	%831 = mul i32 %390, 32
	%832 = add i32 %107, %831
	%833 = add i32 %832, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %833)
	%834 = mul i32 %11, 16
	%835 = add i32 %37, %834
	%836 = add i32 %16, 0
	%837 = add i32 %835, %836
	%838 = mul i32 %11, 16
	%839 = add i32 %37, %838
	%840 = add i32 %16, 8
	%841 = add i32 %839, %840
	%842 = sitofp i32 %35 to float
	%843 = icmp sge i32 %336, %NK
	br i1 %843, label %meankeys, label %classify

844:
	%845 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %470, i32 %467)
	%846 = icmp ne i32 %845, 0
	br i1 %846, label %847, label %844

847:
	br label %471

meankeys:
	%848 = sub i32 %NK, 1
	%849 = mul i32 %848, 64
	%850 = sub i32 %N, %849
	%851 = sitofp i32 %850 to float
	%852 = call float @llvm.nvvm.lg2.approx.ftz.f(float %851)
	%853 = fmul float %852, 0x40162E4300000000
	%854 = sub i32 %336, %NK
	%855 = icmp sge i32 %854, 0
	%856 = select i1 %855, i32 %854, i32 0
	%857 = mul i32 %856, 2
	%858 = add i32 %85, %857
	%859 = add i32 %858, 0
	%860 = sext i32 %859 to i64
	%861 = getelementptr i32, i32* %comp, i64 %860
	%862 = load i32, i32* %861
	%863 = add i32 %858, 1
	%864 = sext i32 %863 to i64
	%865 = getelementptr i32, i32* %comp, i64 %864
	%866 = load i32, i32* %865
	%867 = shl i32 %17, 1
	%868 = add i32 0, %867
	%869 = add i32 %472, %868
	%870 = mul i32 %NK, 64
	%871 = sub i32 %869, %870
	%872 = icmp ult i32 %871, %NK
	%873 = sub i32 %869, %472
	%874 = lshr i32 %873, 5
	%875 = icmp eq i32 %874, 1
	%876 = select i1 %875, i32 %866, i32 %862
	%877 = and i32 %873, 31
	%878 = lshr i32 %876, %877
	%879 = and i32 %878, 1
	%880 = icmp ne i32 %879, 0
	%881 = and i1 %872, %880
	%882 = fmul float 6.0, 0x40162E4300000000
	%883 = add i32 %871, 1
	%884 = icmp eq i32 %883, %NK
	%885 = select i1 %884, float %853, float %882
	%886 = and i1 %881, %337
	%887 = fadd float %799, %885
	%888 = select i1 %886, float %887, float 0xFFF0000000000000
	%889 = shl i32 %17, 1
	%890 = add i32 1, %889
	%891 = add i32 %472, %890
	%892 = mul i32 %NK, 64
	%893 = sub i32 %891, %892
	%894 = icmp ult i32 %893, %NK
	%895 = sub i32 %891, %472
	%896 = lshr i32 %895, 5
	%897 = icmp eq i32 %896, 1
	%898 = select i1 %897, i32 %866, i32 %862
	%899 = and i32 %895, 31
	%900 = lshr i32 %898, %899
	%901 = and i32 %900, 1
	%902 = icmp ne i32 %901, 0
	%903 = and i1 %894, %902
	%904 = fmul float 6.0, 0x40162E4300000000
	%905 = add i32 %893, 1
	%906 = icmp eq i32 %905, %NK
	%907 = select i1 %906, float %853, float %904
	%908 = and i1 %903, %337
	%909 = fadd float %800, %907
	%910 = select i1 %908, float %909, float 0xFFF0000000000000
	%911 = fadd float %801, %885
	%912 = select i1 %886, float %911, float 0xFFF0000000000000
	%913 = fadd float %802, %907
	%914 = select i1 %908, float %913, float 0xFFF0000000000000
	%915 = shl i32 %17, 1
	%916 = add i32 8, %915
	%917 = add i32 %472, %916
	%918 = mul i32 %NK, 64
	%919 = sub i32 %917, %918
	%920 = icmp ult i32 %919, %NK
	%921 = sub i32 %917, %472
	%922 = lshr i32 %921, 5
	%923 = icmp eq i32 %922, 1
	%924 = select i1 %923, i32 %866, i32 %862
	%925 = and i32 %921, 31
	%926 = lshr i32 %924, %925
	%927 = and i32 %926, 1
	%928 = icmp ne i32 %927, 0
	%929 = and i1 %920, %928
	%930 = fmul float 6.0, 0x40162E4300000000
	%931 = add i32 %919, 1
	%932 = icmp eq i32 %931, %NK
	%933 = select i1 %932, float %853, float %930
	%934 = and i1 %929, %337
	%935 = fadd float %803, %933
	%936 = select i1 %934, float %935, float 0xFFF0000000000000
	%937 = shl i32 %17, 1
	%938 = add i32 9, %937
	%939 = add i32 %472, %938
	%940 = mul i32 %NK, 64
	%941 = sub i32 %939, %940
	%942 = icmp ult i32 %941, %NK
	%943 = sub i32 %939, %472
	%944 = lshr i32 %943, 5
	%945 = icmp eq i32 %944, 1
	%946 = select i1 %945, i32 %866, i32 %862
	%947 = and i32 %943, 31
	%948 = lshr i32 %946, %947
	%949 = and i32 %948, 1
	%950 = icmp ne i32 %949, 0
	%951 = and i1 %942, %950
	%952 = fmul float 6.0, 0x40162E4300000000
	%953 = add i32 %941, 1
	%954 = icmp eq i32 %953, %NK
	%955 = select i1 %954, float %853, float %952
	%956 = and i1 %951, %337
	%957 = fadd float %804, %955
	%958 = select i1 %956, float %957, float 0xFFF0000000000000
	%959 = fadd float %805, %933
	%960 = select i1 %934, float %959, float 0xFFF0000000000000
	%961 = fadd float %806, %955
	%962 = select i1 %956, float %961, float 0xFFF0000000000000
	%963 = shl i32 %17, 1
	%964 = add i32 16, %963
	%965 = add i32 %472, %964
	%966 = mul i32 %NK, 64
	%967 = sub i32 %965, %966
	%968 = icmp ult i32 %967, %NK
	%969 = sub i32 %965, %472
	%970 = lshr i32 %969, 5
	%971 = icmp eq i32 %970, 1
	%972 = select i1 %971, i32 %866, i32 %862
	%973 = and i32 %969, 31
	%974 = lshr i32 %972, %973
	%975 = and i32 %974, 1
	%976 = icmp ne i32 %975, 0
	%977 = and i1 %968, %976
	%978 = fmul float 6.0, 0x40162E4300000000
	%979 = add i32 %967, 1
	%980 = icmp eq i32 %979, %NK
	%981 = select i1 %980, float %853, float %978
	%982 = and i1 %977, %337
	%983 = fadd float %807, %981
	%984 = select i1 %982, float %983, float 0xFFF0000000000000
	%985 = shl i32 %17, 1
	%986 = add i32 17, %985
	%987 = add i32 %472, %986
	%988 = mul i32 %NK, 64
	%989 = sub i32 %987, %988
	%990 = icmp ult i32 %989, %NK
	%991 = sub i32 %987, %472
	%992 = lshr i32 %991, 5
	%993 = icmp eq i32 %992, 1
	%994 = select i1 %993, i32 %866, i32 %862
	%995 = and i32 %991, 31
	%996 = lshr i32 %994, %995
	%997 = and i32 %996, 1
	%998 = icmp ne i32 %997, 0
	%999 = and i1 %990, %998
	%1000 = fmul float 6.0, 0x40162E4300000000
	%1001 = add i32 %989, 1
	%1002 = icmp eq i32 %1001, %NK
	%1003 = select i1 %1002, float %853, float %1000
	%1004 = and i1 %999, %337
	%1005 = fadd float %808, %1003
	%1006 = select i1 %1004, float %1005, float 0xFFF0000000000000
	%1007 = fadd float %809, %981
	%1008 = select i1 %982, float %1007, float 0xFFF0000000000000
	%1009 = fadd float %810, %1003
	%1010 = select i1 %1004, float %1009, float 0xFFF0000000000000
	%1011 = shl i32 %17, 1
	%1012 = add i32 24, %1011
	%1013 = add i32 %472, %1012
	%1014 = mul i32 %NK, 64
	%1015 = sub i32 %1013, %1014
	%1016 = icmp ult i32 %1015, %NK
	%1017 = sub i32 %1013, %472
	%1018 = lshr i32 %1017, 5
	%1019 = icmp eq i32 %1018, 1
	%1020 = select i1 %1019, i32 %866, i32 %862
	%1021 = and i32 %1017, 31
	%1022 = lshr i32 %1020, %1021
	%1023 = and i32 %1022, 1
	%1024 = icmp ne i32 %1023, 0
	%1025 = and i1 %1016, %1024
	%1026 = fmul float 6.0, 0x40162E4300000000
	%1027 = add i32 %1015, 1
	%1028 = icmp eq i32 %1027, %NK
	%1029 = select i1 %1028, float %853, float %1026
	%1030 = and i1 %1025, %337
	%1031 = fadd float %811, %1029
	%1032 = select i1 %1030, float %1031, float 0xFFF0000000000000
	%1033 = shl i32 %17, 1
	%1034 = add i32 25, %1033
	%1035 = add i32 %472, %1034
	%1036 = mul i32 %NK, 64
	%1037 = sub i32 %1035, %1036
	%1038 = icmp ult i32 %1037, %NK
	%1039 = sub i32 %1035, %472
	%1040 = lshr i32 %1039, 5
	%1041 = icmp eq i32 %1040, 1
	%1042 = select i1 %1041, i32 %866, i32 %862
	%1043 = and i32 %1039, 31
	%1044 = lshr i32 %1042, %1043
	%1045 = and i32 %1044, 1
	%1046 = icmp ne i32 %1045, 0
	%1047 = and i1 %1038, %1046
	%1048 = fmul float 6.0, 0x40162E4300000000
	%1049 = add i32 %1037, 1
	%1050 = icmp eq i32 %1049, %NK
	%1051 = select i1 %1050, float %853, float %1048
	%1052 = and i1 %1047, %337
	%1053 = fadd float %812, %1051
	%1054 = select i1 %1052, float %1053, float 0xFFF0000000000000
	%1055 = fadd float %813, %1029
	%1056 = select i1 %1030, float %1055, float 0xFFF0000000000000
	%1057 = fadd float %814, %1051
	%1058 = select i1 %1052, float %1057, float 0xFFF0000000000000
	%1059 = shl i32 %17, 1
	%1060 = add i32 32, %1059
	%1061 = add i32 %472, %1060
	%1062 = mul i32 %NK, 64
	%1063 = sub i32 %1061, %1062
	%1064 = icmp ult i32 %1063, %NK
	%1065 = sub i32 %1061, %472
	%1066 = lshr i32 %1065, 5
	%1067 = icmp eq i32 %1066, 1
	%1068 = select i1 %1067, i32 %866, i32 %862
	%1069 = and i32 %1065, 31
	%1070 = lshr i32 %1068, %1069
	%1071 = and i32 %1070, 1
	%1072 = icmp ne i32 %1071, 0
	%1073 = and i1 %1064, %1072
	%1074 = fmul float 6.0, 0x40162E4300000000
	%1075 = add i32 %1063, 1
	%1076 = icmp eq i32 %1075, %NK
	%1077 = select i1 %1076, float %853, float %1074
	%1078 = and i1 %1073, %337
	%1079 = fadd float %815, %1077
	%1080 = select i1 %1078, float %1079, float 0xFFF0000000000000
	%1081 = shl i32 %17, 1
	%1082 = add i32 33, %1081
	%1083 = add i32 %472, %1082
	%1084 = mul i32 %NK, 64
	%1085 = sub i32 %1083, %1084
	%1086 = icmp ult i32 %1085, %NK
	%1087 = sub i32 %1083, %472
	%1088 = lshr i32 %1087, 5
	%1089 = icmp eq i32 %1088, 1
	%1090 = select i1 %1089, i32 %866, i32 %862
	%1091 = and i32 %1087, 31
	%1092 = lshr i32 %1090, %1091
	%1093 = and i32 %1092, 1
	%1094 = icmp ne i32 %1093, 0
	%1095 = and i1 %1086, %1094
	%1096 = fmul float 6.0, 0x40162E4300000000
	%1097 = add i32 %1085, 1
	%1098 = icmp eq i32 %1097, %NK
	%1099 = select i1 %1098, float %853, float %1096
	%1100 = and i1 %1095, %337
	%1101 = fadd float %816, %1099
	%1102 = select i1 %1100, float %1101, float 0xFFF0000000000000
	%1103 = fadd float %817, %1077
	%1104 = select i1 %1078, float %1103, float 0xFFF0000000000000
	%1105 = fadd float %818, %1099
	%1106 = select i1 %1100, float %1105, float 0xFFF0000000000000
	%1107 = shl i32 %17, 1
	%1108 = add i32 40, %1107
	%1109 = add i32 %472, %1108
	%1110 = mul i32 %NK, 64
	%1111 = sub i32 %1109, %1110
	%1112 = icmp ult i32 %1111, %NK
	%1113 = sub i32 %1109, %472
	%1114 = lshr i32 %1113, 5
	%1115 = icmp eq i32 %1114, 1
	%1116 = select i1 %1115, i32 %866, i32 %862
	%1117 = and i32 %1113, 31
	%1118 = lshr i32 %1116, %1117
	%1119 = and i32 %1118, 1
	%1120 = icmp ne i32 %1119, 0
	%1121 = and i1 %1112, %1120
	%1122 = fmul float 6.0, 0x40162E4300000000
	%1123 = add i32 %1111, 1
	%1124 = icmp eq i32 %1123, %NK
	%1125 = select i1 %1124, float %853, float %1122
	%1126 = and i1 %1121, %337
	%1127 = fadd float %819, %1125
	%1128 = select i1 %1126, float %1127, float 0xFFF0000000000000
	%1129 = shl i32 %17, 1
	%1130 = add i32 41, %1129
	%1131 = add i32 %472, %1130
	%1132 = mul i32 %NK, 64
	%1133 = sub i32 %1131, %1132
	%1134 = icmp ult i32 %1133, %NK
	%1135 = sub i32 %1131, %472
	%1136 = lshr i32 %1135, 5
	%1137 = icmp eq i32 %1136, 1
	%1138 = select i1 %1137, i32 %866, i32 %862
	%1139 = and i32 %1135, 31
	%1140 = lshr i32 %1138, %1139
	%1141 = and i32 %1140, 1
	%1142 = icmp ne i32 %1141, 0
	%1143 = and i1 %1134, %1142
	%1144 = fmul float 6.0, 0x40162E4300000000
	%1145 = add i32 %1133, 1
	%1146 = icmp eq i32 %1145, %NK
	%1147 = select i1 %1146, float %853, float %1144
	%1148 = and i1 %1143, %337
	%1149 = fadd float %820, %1147
	%1150 = select i1 %1148, float %1149, float 0xFFF0000000000000
	%1151 = fadd float %821, %1125
	%1152 = select i1 %1126, float %1151, float 0xFFF0000000000000
	%1153 = fadd float %822, %1147
	%1154 = select i1 %1148, float %1153, float 0xFFF0000000000000
	%1155 = shl i32 %17, 1
	%1156 = add i32 48, %1155
	%1157 = add i32 %472, %1156
	%1158 = mul i32 %NK, 64
	%1159 = sub i32 %1157, %1158
	%1160 = icmp ult i32 %1159, %NK
	%1161 = sub i32 %1157, %472
	%1162 = lshr i32 %1161, 5
	%1163 = icmp eq i32 %1162, 1
	%1164 = select i1 %1163, i32 %866, i32 %862
	%1165 = and i32 %1161, 31
	%1166 = lshr i32 %1164, %1165
	%1167 = and i32 %1166, 1
	%1168 = icmp ne i32 %1167, 0
	%1169 = and i1 %1160, %1168
	%1170 = fmul float 6.0, 0x40162E4300000000
	%1171 = add i32 %1159, 1
	%1172 = icmp eq i32 %1171, %NK
	%1173 = select i1 %1172, float %853, float %1170
	%1174 = and i1 %1169, %337
	%1175 = fadd float %823, %1173
	%1176 = select i1 %1174, float %1175, float 0xFFF0000000000000
	%1177 = shl i32 %17, 1
	%1178 = add i32 49, %1177
	%1179 = add i32 %472, %1178
	%1180 = mul i32 %NK, 64
	%1181 = sub i32 %1179, %1180
	%1182 = icmp ult i32 %1181, %NK
	%1183 = sub i32 %1179, %472
	%1184 = lshr i32 %1183, 5
	%1185 = icmp eq i32 %1184, 1
	%1186 = select i1 %1185, i32 %866, i32 %862
	%1187 = and i32 %1183, 31
	%1188 = lshr i32 %1186, %1187
	%1189 = and i32 %1188, 1
	%1190 = icmp ne i32 %1189, 0
	%1191 = and i1 %1182, %1190
	%1192 = fmul float 6.0, 0x40162E4300000000
	%1193 = add i32 %1181, 1
	%1194 = icmp eq i32 %1193, %NK
	%1195 = select i1 %1194, float %853, float %1192
	%1196 = and i1 %1191, %337
	%1197 = fadd float %824, %1195
	%1198 = select i1 %1196, float %1197, float 0xFFF0000000000000
	%1199 = fadd float %825, %1173
	%1200 = select i1 %1174, float %1199, float 0xFFF0000000000000
	%1201 = fadd float %826, %1195
	%1202 = select i1 %1196, float %1201, float 0xFFF0000000000000
	%1203 = shl i32 %17, 1
	%1204 = add i32 56, %1203
	%1205 = add i32 %472, %1204
	%1206 = mul i32 %NK, 64
	%1207 = sub i32 %1205, %1206
	%1208 = icmp ult i32 %1207, %NK
	%1209 = sub i32 %1205, %472
	%1210 = lshr i32 %1209, 5
	%1211 = icmp eq i32 %1210, 1
	%1212 = select i1 %1211, i32 %866, i32 %862
	%1213 = and i32 %1209, 31
	%1214 = lshr i32 %1212, %1213
	%1215 = and i32 %1214, 1
	%1216 = icmp ne i32 %1215, 0
	%1217 = and i1 %1208, %1216
	%1218 = fmul float 6.0, 0x40162E4300000000
	%1219 = add i32 %1207, 1
	%1220 = icmp eq i32 %1219, %NK
	%1221 = select i1 %1220, float %853, float %1218
	%1222 = and i1 %1217, %337
	%1223 = fadd float %827, %1221
	%1224 = select i1 %1222, float %1223, float 0xFFF0000000000000
	%1225 = shl i32 %17, 1
	%1226 = add i32 57, %1225
	%1227 = add i32 %472, %1226
	%1228 = mul i32 %NK, 64
	%1229 = sub i32 %1227, %1228
	%1230 = icmp ult i32 %1229, %NK
	%1231 = sub i32 %1227, %472
	%1232 = lshr i32 %1231, 5
	%1233 = icmp eq i32 %1232, 1
	%1234 = select i1 %1233, i32 %866, i32 %862
	%1235 = and i32 %1231, 31
	%1236 = lshr i32 %1234, %1235
	%1237 = and i32 %1236, 1
	%1238 = icmp ne i32 %1237, 0
	%1239 = and i1 %1230, %1238
	%1240 = fmul float 6.0, 0x40162E4300000000
	%1241 = add i32 %1229, 1
	%1242 = icmp eq i32 %1241, %NK
	%1243 = select i1 %1242, float %853, float %1240
	%1244 = and i1 %1239, %337
	%1245 = fadd float %828, %1243
	%1246 = select i1 %1244, float %1245, float 0xFFF0000000000000
	%1247 = fadd float %829, %1221
	%1248 = select i1 %1222, float %1247, float 0xFFF0000000000000
	%1249 = fadd float %830, %1243
	%1250 = select i1 %1244, float %1249, float 0xFFF0000000000000
	br label %softmax

classify:
	%1251 = add i32 %71, %336
	%1252 = sext i32 %1251 to i64
	%1253 = getelementptr i8, i8* %cls, i64 %1252
	%1254 = load i8, i8* %1253
	%1255 = icmp ne i8 %1254, 2
	%1256 = xor i1 %337, true
	%1257 = or i1 %1255, %1256
	br i1 %1257, label %partial, label %softmax

partial:
	%1258 = shl i32 %17, 1
	%1259 = add i32 0, %1258
	%1260 = add i32 %472, %1259
	%1261 = icmp slt i32 %1260, %N
	%1262 = and i1 %1261, %337
	%1263 = select i1 %1262, i32 %1260, i32 0
	%1264 = sitofp i32 %837 to float
	%1265 = sitofp i32 %1263 to float
	%1266 = fcmp ole float %1265, %1264
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = and i1 %1262, %1268
	%1270 = select i1 %1269, float %799, float 0xFFF0000000000000
	%1271 = shl i32 %17, 1
	%1272 = add i32 1, %1271
	%1273 = add i32 %472, %1272
	%1274 = icmp slt i32 %1273, %N
	%1275 = and i1 %1274, %337
	%1276 = select i1 %1275, i32 %1273, i32 0
	%1277 = sitofp i32 %837 to float
	%1278 = sitofp i32 %1276 to float
	%1279 = fcmp ole float %1278, %1277
	%1280 = uitofp i1 %1279 to float
	%1281 = fcmp une float %1280, 0.0
	%1282 = and i1 %1275, %1281
	%1283 = select i1 %1282, float %800, float 0xFFF0000000000000
	%1284 = shl i32 %17, 1
	%1285 = add i32 0, %1284
	%1286 = add i32 %472, %1285
	%1287 = icmp slt i32 %1286, %N
	%1288 = and i1 %1287, %337
	%1289 = select i1 %1288, i32 %1286, i32 0
	%1290 = sitofp i32 %841 to float
	%1291 = sitofp i32 %1289 to float
	%1292 = fcmp ole float %1291, %1290
	%1293 = uitofp i1 %1292 to float
	%1294 = fcmp une float %1293, 0.0
	%1295 = and i1 %1288, %1294
	%1296 = select i1 %1295, float %801, float 0xFFF0000000000000
	%1297 = shl i32 %17, 1
	%1298 = add i32 1, %1297
	%1299 = add i32 %472, %1298
	%1300 = icmp slt i32 %1299, %N
	%1301 = and i1 %1300, %337
	%1302 = select i1 %1301, i32 %1299, i32 0
	%1303 = sitofp i32 %841 to float
	%1304 = sitofp i32 %1302 to float
	%1305 = fcmp ole float %1304, %1303
	%1306 = uitofp i1 %1305 to float
	%1307 = fcmp une float %1306, 0.0
	%1308 = and i1 %1301, %1307
	%1309 = select i1 %1308, float %802, float 0xFFF0000000000000
	%1310 = shl i32 %17, 1
	%1311 = add i32 8, %1310
	%1312 = add i32 %472, %1311
	%1313 = icmp slt i32 %1312, %N
	%1314 = and i1 %1313, %337
	%1315 = select i1 %1314, i32 %1312, i32 0
	%1316 = sitofp i32 %837 to float
	%1317 = sitofp i32 %1315 to float
	%1318 = fcmp ole float %1317, %1316
	%1319 = uitofp i1 %1318 to float
	%1320 = fcmp une float %1319, 0.0
	%1321 = and i1 %1314, %1320
	%1322 = select i1 %1321, float %803, float 0xFFF0000000000000
	%1323 = shl i32 %17, 1
	%1324 = add i32 9, %1323
	%1325 = add i32 %472, %1324
	%1326 = icmp slt i32 %1325, %N
	%1327 = and i1 %1326, %337
	%1328 = select i1 %1327, i32 %1325, i32 0
	%1329 = sitofp i32 %837 to float
	%1330 = sitofp i32 %1328 to float
	%1331 = fcmp ole float %1330, %1329
	%1332 = uitofp i1 %1331 to float
	%1333 = fcmp une float %1332, 0.0
	%1334 = and i1 %1327, %1333
	%1335 = select i1 %1334, float %804, float 0xFFF0000000000000
	%1336 = shl i32 %17, 1
	%1337 = add i32 8, %1336
	%1338 = add i32 %472, %1337
	%1339 = icmp slt i32 %1338, %N
	%1340 = and i1 %1339, %337
	%1341 = select i1 %1340, i32 %1338, i32 0
	%1342 = sitofp i32 %841 to float
	%1343 = sitofp i32 %1341 to float
	%1344 = fcmp ole float %1343, %1342
	%1345 = uitofp i1 %1344 to float
	%1346 = fcmp une float %1345, 0.0
	%1347 = and i1 %1340, %1346
	%1348 = select i1 %1347, float %805, float 0xFFF0000000000000
	%1349 = shl i32 %17, 1
	%1350 = add i32 9, %1349
	%1351 = add i32 %472, %1350
	%1352 = icmp slt i32 %1351, %N
	%1353 = and i1 %1352, %337
	%1354 = select i1 %1353, i32 %1351, i32 0
	%1355 = sitofp i32 %841 to float
	%1356 = sitofp i32 %1354 to float
	%1357 = fcmp ole float %1356, %1355
	%1358 = uitofp i1 %1357 to float
	%1359 = fcmp une float %1358, 0.0
	%1360 = and i1 %1353, %1359
	%1361 = select i1 %1360, float %806, float 0xFFF0000000000000
	%1362 = shl i32 %17, 1
	%1363 = add i32 16, %1362
	%1364 = add i32 %472, %1363
	%1365 = icmp slt i32 %1364, %N
	%1366 = and i1 %1365, %337
	%1367 = select i1 %1366, i32 %1364, i32 0
	%1368 = sitofp i32 %837 to float
	%1369 = sitofp i32 %1367 to float
	%1370 = fcmp ole float %1369, %1368
	%1371 = uitofp i1 %1370 to float
	%1372 = fcmp une float %1371, 0.0
	%1373 = and i1 %1366, %1372
	%1374 = select i1 %1373, float %807, float 0xFFF0000000000000
	%1375 = shl i32 %17, 1
	%1376 = add i32 17, %1375
	%1377 = add i32 %472, %1376
	%1378 = icmp slt i32 %1377, %N
	%1379 = and i1 %1378, %337
	%1380 = select i1 %1379, i32 %1377, i32 0
	%1381 = sitofp i32 %837 to float
	%1382 = sitofp i32 %1380 to float
	%1383 = fcmp ole float %1382, %1381
	%1384 = uitofp i1 %1383 to float
	%1385 = fcmp une float %1384, 0.0
	%1386 = and i1 %1379, %1385
	%1387 = select i1 %1386, float %808, float 0xFFF0000000000000
	%1388 = shl i32 %17, 1
	%1389 = add i32 16, %1388
	%1390 = add i32 %472, %1389
	%1391 = icmp slt i32 %1390, %N
	%1392 = and i1 %1391, %337
	%1393 = select i1 %1392, i32 %1390, i32 0
	%1394 = sitofp i32 %841 to float
	%1395 = sitofp i32 %1393 to float
	%1396 = fcmp ole float %1395, %1394
	%1397 = uitofp i1 %1396 to float
	%1398 = fcmp une float %1397, 0.0
	%1399 = and i1 %1392, %1398
	%1400 = select i1 %1399, float %809, float 0xFFF0000000000000
	%1401 = shl i32 %17, 1
	%1402 = add i32 17, %1401
	%1403 = add i32 %472, %1402
	%1404 = icmp slt i32 %1403, %N
	%1405 = and i1 %1404, %337
	%1406 = select i1 %1405, i32 %1403, i32 0
	%1407 = sitofp i32 %841 to float
	%1408 = sitofp i32 %1406 to float
	%1409 = fcmp ole float %1408, %1407
	%1410 = uitofp i1 %1409 to float
	%1411 = fcmp une float %1410, 0.0
	%1412 = and i1 %1405, %1411
	%1413 = select i1 %1412, float %810, float 0xFFF0000000000000
	%1414 = shl i32 %17, 1
	%1415 = add i32 24, %1414
	%1416 = add i32 %472, %1415
	%1417 = icmp slt i32 %1416, %N
	%1418 = and i1 %1417, %337
	%1419 = select i1 %1418, i32 %1416, i32 0
	%1420 = sitofp i32 %837 to float
	%1421 = sitofp i32 %1419 to float
	%1422 = fcmp ole float %1421, %1420
	%1423 = uitofp i1 %1422 to float
	%1424 = fcmp une float %1423, 0.0
	%1425 = and i1 %1418, %1424
	%1426 = select i1 %1425, float %811, float 0xFFF0000000000000
	%1427 = shl i32 %17, 1
	%1428 = add i32 25, %1427
	%1429 = add i32 %472, %1428
	%1430 = icmp slt i32 %1429, %N
	%1431 = and i1 %1430, %337
	%1432 = select i1 %1431, i32 %1429, i32 0
	%1433 = sitofp i32 %837 to float
	%1434 = sitofp i32 %1432 to float
	%1435 = fcmp ole float %1434, %1433
	%1436 = uitofp i1 %1435 to float
	%1437 = fcmp une float %1436, 0.0
	%1438 = and i1 %1431, %1437
	%1439 = select i1 %1438, float %812, float 0xFFF0000000000000
	%1440 = shl i32 %17, 1
	%1441 = add i32 24, %1440
	%1442 = add i32 %472, %1441
	%1443 = icmp slt i32 %1442, %N
	%1444 = and i1 %1443, %337
	%1445 = select i1 %1444, i32 %1442, i32 0
	%1446 = sitofp i32 %841 to float
	%1447 = sitofp i32 %1445 to float
	%1448 = fcmp ole float %1447, %1446
	%1449 = uitofp i1 %1448 to float
	%1450 = fcmp une float %1449, 0.0
	%1451 = and i1 %1444, %1450
	%1452 = select i1 %1451, float %813, float 0xFFF0000000000000
	%1453 = shl i32 %17, 1
	%1454 = add i32 25, %1453
	%1455 = add i32 %472, %1454
	%1456 = icmp slt i32 %1455, %N
	%1457 = and i1 %1456, %337
	%1458 = select i1 %1457, i32 %1455, i32 0
	%1459 = sitofp i32 %841 to float
	%1460 = sitofp i32 %1458 to float
	%1461 = fcmp ole float %1460, %1459
	%1462 = uitofp i1 %1461 to float
	%1463 = fcmp une float %1462, 0.0
	%1464 = and i1 %1457, %1463
	%1465 = select i1 %1464, float %814, float 0xFFF0000000000000
	%1466 = shl i32 %17, 1
	%1467 = add i32 32, %1466
	%1468 = add i32 %472, %1467
	%1469 = icmp slt i32 %1468, %N
	%1470 = and i1 %1469, %337
	%1471 = select i1 %1470, i32 %1468, i32 0
	%1472 = sitofp i32 %837 to float
	%1473 = sitofp i32 %1471 to float
	%1474 = fcmp ole float %1473, %1472
	%1475 = uitofp i1 %1474 to float
	%1476 = fcmp une float %1475, 0.0
	%1477 = and i1 %1470, %1476
	%1478 = select i1 %1477, float %815, float 0xFFF0000000000000
	%1479 = shl i32 %17, 1
	%1480 = add i32 33, %1479
	%1481 = add i32 %472, %1480
	%1482 = icmp slt i32 %1481, %N
	%1483 = and i1 %1482, %337
	%1484 = select i1 %1483, i32 %1481, i32 0
	%1485 = sitofp i32 %837 to float
	%1486 = sitofp i32 %1484 to float
	%1487 = fcmp ole float %1486, %1485
	%1488 = uitofp i1 %1487 to float
	%1489 = fcmp une float %1488, 0.0
	%1490 = and i1 %1483, %1489
	%1491 = select i1 %1490, float %816, float 0xFFF0000000000000
	%1492 = shl i32 %17, 1
	%1493 = add i32 32, %1492
	%1494 = add i32 %472, %1493
	%1495 = icmp slt i32 %1494, %N
	%1496 = and i1 %1495, %337
	%1497 = select i1 %1496, i32 %1494, i32 0
	%1498 = sitofp i32 %841 to float
	%1499 = sitofp i32 %1497 to float
	%1500 = fcmp ole float %1499, %1498
	%1501 = uitofp i1 %1500 to float
	%1502 = fcmp une float %1501, 0.0
	%1503 = and i1 %1496, %1502
	%1504 = select i1 %1503, float %817, float 0xFFF0000000000000
	%1505 = shl i32 %17, 1
	%1506 = add i32 33, %1505
	%1507 = add i32 %472, %1506
	%1508 = icmp slt i32 %1507, %N
	%1509 = and i1 %1508, %337
	%1510 = select i1 %1509, i32 %1507, i32 0
	%1511 = sitofp i32 %841 to float
	%1512 = sitofp i32 %1510 to float
	%1513 = fcmp ole float %1512, %1511
	%1514 = uitofp i1 %1513 to float
	%1515 = fcmp une float %1514, 0.0
	%1516 = and i1 %1509, %1515
	%1517 = select i1 %1516, float %818, float 0xFFF0000000000000
	%1518 = shl i32 %17, 1
	%1519 = add i32 40, %1518
	%1520 = add i32 %472, %1519
	%1521 = icmp slt i32 %1520, %N
	%1522 = and i1 %1521, %337
	%1523 = select i1 %1522, i32 %1520, i32 0
	%1524 = sitofp i32 %837 to float
	%1525 = sitofp i32 %1523 to float
	%1526 = fcmp ole float %1525, %1524
	%1527 = uitofp i1 %1526 to float
	%1528 = fcmp une float %1527, 0.0
	%1529 = and i1 %1522, %1528
	%1530 = select i1 %1529, float %819, float 0xFFF0000000000000
	%1531 = shl i32 %17, 1
	%1532 = add i32 41, %1531
	%1533 = add i32 %472, %1532
	%1534 = icmp slt i32 %1533, %N
	%1535 = and i1 %1534, %337
	%1536 = select i1 %1535, i32 %1533, i32 0
	%1537 = sitofp i32 %837 to float
	%1538 = sitofp i32 %1536 to float
	%1539 = fcmp ole float %1538, %1537
	%1540 = uitofp i1 %1539 to float
	%1541 = fcmp une float %1540, 0.0
	%1542 = and i1 %1535, %1541
	%1543 = select i1 %1542, float %820, float 0xFFF0000000000000
	%1544 = shl i32 %17, 1
	%1545 = add i32 40, %1544
	%1546 = add i32 %472, %1545
	%1547 = icmp slt i32 %1546, %N
	%1548 = and i1 %1547, %337
	%1549 = select i1 %1548, i32 %1546, i32 0
	%1550 = sitofp i32 %841 to float
	%1551 = sitofp i32 %1549 to float
	%1552 = fcmp ole float %1551, %1550
	%1553 = uitofp i1 %1552 to float
	%1554 = fcmp une float %1553, 0.0
	%1555 = and i1 %1548, %1554
	%1556 = select i1 %1555, float %821, float 0xFFF0000000000000
	%1557 = shl i32 %17, 1
	%1558 = add i32 41, %1557
	%1559 = add i32 %472, %1558
	%1560 = icmp slt i32 %1559, %N
	%1561 = and i1 %1560, %337
	%1562 = select i1 %1561, i32 %1559, i32 0
	%1563 = sitofp i32 %841 to float
	%1564 = sitofp i32 %1562 to float
	%1565 = fcmp ole float %1564, %1563
	%1566 = uitofp i1 %1565 to float
	%1567 = fcmp une float %1566, 0.0
	%1568 = and i1 %1561, %1567
	%1569 = select i1 %1568, float %822, float 0xFFF0000000000000
	%1570 = shl i32 %17, 1
	%1571 = add i32 48, %1570
	%1572 = add i32 %472, %1571
	%1573 = icmp slt i32 %1572, %N
	%1574 = and i1 %1573, %337
	%1575 = select i1 %1574, i32 %1572, i32 0
	%1576 = sitofp i32 %837 to float
	%1577 = sitofp i32 %1575 to float
	%1578 = fcmp ole float %1577, %1576
	%1579 = uitofp i1 %1578 to float
	%1580 = fcmp une float %1579, 0.0
	%1581 = and i1 %1574, %1580
	%1582 = select i1 %1581, float %823, float 0xFFF0000000000000
	%1583 = shl i32 %17, 1
	%1584 = add i32 49, %1583
	%1585 = add i32 %472, %1584
	%1586 = icmp slt i32 %1585, %N
	%1587 = and i1 %1586, %337
	%1588 = select i1 %1587, i32 %1585, i32 0
	%1589 = sitofp i32 %837 to float
	%1590 = sitofp i32 %1588 to float
	%1591 = fcmp ole float %1590, %1589
	%1592 = uitofp i1 %1591 to float
	%1593 = fcmp une float %1592, 0.0
	%1594 = and i1 %1587, %1593
	%1595 = select i1 %1594, float %824, float 0xFFF0000000000000
	%1596 = shl i32 %17, 1
	%1597 = add i32 48, %1596
	%1598 = add i32 %472, %1597
	%1599 = icmp slt i32 %1598, %N
	%1600 = and i1 %1599, %337
	%1601 = select i1 %1600, i32 %1598, i32 0
	%1602 = sitofp i32 %841 to float
	%1603 = sitofp i32 %1601 to float
	%1604 = fcmp ole float %1603, %1602
	%1605 = uitofp i1 %1604 to float
	%1606 = fcmp une float %1605, 0.0
	%1607 = and i1 %1600, %1606
	%1608 = select i1 %1607, float %825, float 0xFFF0000000000000
	%1609 = shl i32 %17, 1
	%1610 = add i32 49, %1609
	%1611 = add i32 %472, %1610
	%1612 = icmp slt i32 %1611, %N
	%1613 = and i1 %1612, %337
	%1614 = select i1 %1613, i32 %1611, i32 0
	%1615 = sitofp i32 %841 to float
	%1616 = sitofp i32 %1614 to float
	%1617 = fcmp ole float %1616, %1615
	%1618 = uitofp i1 %1617 to float
	%1619 = fcmp une float %1618, 0.0
	%1620 = and i1 %1613, %1619
	%1621 = select i1 %1620, float %826, float 0xFFF0000000000000
	%1622 = shl i32 %17, 1
	%1623 = add i32 56, %1622
	%1624 = add i32 %472, %1623
	%1625 = icmp slt i32 %1624, %N
	%1626 = and i1 %1625, %337
	%1627 = select i1 %1626, i32 %1624, i32 0
	%1628 = sitofp i32 %837 to float
	%1629 = sitofp i32 %1627 to float
	%1630 = fcmp ole float %1629, %1628
	%1631 = uitofp i1 %1630 to float
	%1632 = fcmp une float %1631, 0.0
	%1633 = and i1 %1626, %1632
	%1634 = select i1 %1633, float %827, float 0xFFF0000000000000
	%1635 = shl i32 %17, 1
	%1636 = add i32 57, %1635
	%1637 = add i32 %472, %1636
	%1638 = icmp slt i32 %1637, %N
	%1639 = and i1 %1638, %337
	%1640 = select i1 %1639, i32 %1637, i32 0
	%1641 = sitofp i32 %837 to float
	%1642 = sitofp i32 %1640 to float
	%1643 = fcmp ole float %1642, %1641
	%1644 = uitofp i1 %1643 to float
	%1645 = fcmp une float %1644, 0.0
	%1646 = and i1 %1639, %1645
	%1647 = select i1 %1646, float %828, float 0xFFF0000000000000
	%1648 = shl i32 %17, 1
	%1649 = add i32 56, %1648
	%1650 = add i32 %472, %1649
	%1651 = icmp slt i32 %1650, %N
	%1652 = and i1 %1651, %337
	%1653 = select i1 %1652, i32 %1650, i32 0
	%1654 = sitofp i32 %841 to float
	%1655 = sitofp i32 %1653 to float
	%1656 = fcmp ole float %1655, %1654
	%1657 = uitofp i1 %1656 to float
	%1658 = fcmp une float %1657, 0.0
	%1659 = and i1 %1652, %1658
	%1660 = select i1 %1659, float %829, float 0xFFF0000000000000
	%1661 = shl i32 %17, 1
	%1662 = add i32 57, %1661
	%1663 = add i32 %472, %1662
	%1664 = icmp slt i32 %1663, %N
	%1665 = and i1 %1664, %337
	%1666 = select i1 %1665, i32 %1663, i32 0
	%1667 = sitofp i32 %841 to float
	%1668 = sitofp i32 %1666 to float
	%1669 = fcmp ole float %1668, %1667
	%1670 = uitofp i1 %1669 to float
	%1671 = fcmp une float %1670, 0.0
	%1672 = and i1 %1665, %1671
	%1673 = select i1 %1672, float %830, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1674 = phi float [ %799, %classify ], [ %1270, %partial ], [ %888, %meankeys ]
	%1675 = phi float [ %800, %classify ], [ %1283, %partial ], [ %910, %meankeys ]
	%1676 = phi float [ %801, %classify ], [ %1296, %partial ], [ %912, %meankeys ]
	%1677 = phi float [ %802, %classify ], [ %1309, %partial ], [ %914, %meankeys ]
	%1678 = phi float [ %803, %classify ], [ %1322, %partial ], [ %936, %meankeys ]
	%1679 = phi float [ %804, %classify ], [ %1335, %partial ], [ %958, %meankeys ]
	%1680 = phi float [ %805, %classify ], [ %1348, %partial ], [ %960, %meankeys ]
	%1681 = phi float [ %806, %classify ], [ %1361, %partial ], [ %962, %meankeys ]
	%1682 = phi float [ %807, %classify ], [ %1374, %partial ], [ %984, %meankeys ]
	%1683 = phi float [ %808, %classify ], [ %1387, %partial ], [ %1006, %meankeys ]
	%1684 = phi float [ %809, %classify ], [ %1400, %partial ], [ %1008, %meankeys ]
	%1685 = phi float [ %810, %classify ], [ %1413, %partial ], [ %1010, %meankeys ]
	%1686 = phi float [ %811, %classify ], [ %1426, %partial ], [ %1032, %meankeys ]
	%1687 = phi float [ %812, %classify ], [ %1439, %partial ], [ %1054, %meankeys ]
	%1688 = phi float [ %813, %classify ], [ %1452, %partial ], [ %1056, %meankeys ]
	%1689 = phi float [ %814, %classify ], [ %1465, %partial ], [ %1058, %meankeys ]
	%1690 = phi float [ %815, %classify ], [ %1478, %partial ], [ %1080, %meankeys ]
	%1691 = phi float [ %816, %classify ], [ %1491, %partial ], [ %1102, %meankeys ]
	%1692 = phi float [ %817, %classify ], [ %1504, %partial ], [ %1104, %meankeys ]
	%1693 = phi float [ %818, %classify ], [ %1517, %partial ], [ %1106, %meankeys ]
	%1694 = phi float [ %819, %classify ], [ %1530, %partial ], [ %1128, %meankeys ]
	%1695 = phi float [ %820, %classify ], [ %1543, %partial ], [ %1150, %meankeys ]
	%1696 = phi float [ %821, %classify ], [ %1556, %partial ], [ %1152, %meankeys ]
	%1697 = phi float [ %822, %classify ], [ %1569, %partial ], [ %1154, %meankeys ]
	%1698 = phi float [ %823, %classify ], [ %1582, %partial ], [ %1176, %meankeys ]
	%1699 = phi float [ %824, %classify ], [ %1595, %partial ], [ %1198, %meankeys ]
	%1700 = phi float [ %825, %classify ], [ %1608, %partial ], [ %1200, %meankeys ]
	%1701 = phi float [ %826, %classify ], [ %1621, %partial ], [ %1202, %meankeys ]
	%1702 = phi float [ %827, %classify ], [ %1634, %partial ], [ %1224, %meankeys ]
	%1703 = phi float [ %828, %classify ], [ %1647, %partial ], [ %1246, %meankeys ]
	%1704 = phi float [ %829, %classify ], [ %1660, %partial ], [ %1248, %meankeys ]
	%1705 = phi float [ %830, %classify ], [ %1673, %partial ], [ %1250, %meankeys ]
	%1706 = call float @llvm.nvvm.fmax.f(float %1674, float %1675)
	%1707 = call float @llvm.nvvm.fmax.f(float %1678, float %1679)
	%1708 = call float @llvm.nvvm.fmax.f(float %1682, float %1683)
	%1709 = call float @llvm.nvvm.fmax.f(float %1686, float %1687)
	%1710 = call float @llvm.nvvm.fmax.f(float %1690, float %1691)
	%1711 = call float @llvm.nvvm.fmax.f(float %1694, float %1695)
	%1712 = call float @llvm.nvvm.fmax.f(float %1698, float %1699)
	%1713 = call float @llvm.nvvm.fmax.f(float %1702, float %1703)
	%1714 = call float @llvm.nvvm.fmax.f(float %1706, float %1707)
	%1715 = call float @llvm.nvvm.fmax.f(float %1708, float %1709)
	%1716 = call float @llvm.nvvm.fmax.f(float %1710, float %1711)
	%1717 = call float @llvm.nvvm.fmax.f(float %1712, float %1713)
	%1718 = call float @llvm.nvvm.fmax.f(float %1714, float %1715)
	%1719 = call float @llvm.nvvm.fmax.f(float %1716, float %1717)
	%1720 = call float @llvm.nvvm.fmax.f(float %1718, float %1719)
	%1721 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1720, i32 1, i32 31)
	%1722 = call float @llvm.nvvm.fmax.f(float %1720, float %1721)
	%1723 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1722, i32 2, i32 31)
	%1724 = call float @llvm.nvvm.fmax.f(float %1722, float %1723)
	%1725 = fmul float %1724, 0x3FC7154760000000
	%1726 = call float @llvm.nvvm.fmax.f(float %370, float %1725)
	%1727 = fadd float %370, 8.0
	%1728 = fcmp ogt float %1726, %1727
	%1729 = or i1 false, %1728
	%1730 = call float @llvm.nvvm.fmax.f(float %1676, float %1677)
	%1731 = call float @llvm.nvvm.fmax.f(float %1680, float %1681)
	%1732 = call float @llvm.nvvm.fmax.f(float %1684, float %1685)
	%1733 = call float @llvm.nvvm.fmax.f(float %1688, float %1689)
	%1734 = call float @llvm.nvvm.fmax.f(float %1692, float %1693)
	%1735 = call float @llvm.nvvm.fmax.f(float %1696, float %1697)
	%1736 = call float @llvm.nvvm.fmax.f(float %1700, float %1701)
	%1737 = call float @llvm.nvvm.fmax.f(float %1704, float %1705)
	%1738 = call float @llvm.nvvm.fmax.f(float %1730, float %1731)
	%1739 = call float @llvm.nvvm.fmax.f(float %1732, float %1733)
	%1740 = call float @llvm.nvvm.fmax.f(float %1734, float %1735)
	%1741 = call float @llvm.nvvm.fmax.f(float %1736, float %1737)
	%1742 = call float @llvm.nvvm.fmax.f(float %1738, float %1739)
	%1743 = call float @llvm.nvvm.fmax.f(float %1740, float %1741)
	%1744 = call float @llvm.nvvm.fmax.f(float %1742, float %1743)
	%1745 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1744, i32 1, i32 31)
	%1746 = call float @llvm.nvvm.fmax.f(float %1744, float %1745)
	%1747 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1746, i32 2, i32 31)
	%1748 = call float @llvm.nvvm.fmax.f(float %1746, float %1747)
	%1749 = fmul float %1748, 0x3FC7154760000000
	%1750 = call float @llvm.nvvm.fmax.f(float %372, float %1749)
	%1751 = fadd float %372, 8.0
	%1752 = fcmp ogt float %1750, %1751
	%1753 = or i1 %1729, %1752
	%1754 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1753)
	br i1 %1754, label %1755, label %1766

1755:
	%1756 = fcmp oeq float %1726, 0xFFF0000000000000
	%1757 = select i1 %1756, float 0.0, float %1726
	%1758 = fsub float %370, %1757
	%1759 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1758)
	%1760 = fcmp oeq float %1750, 0xFFF0000000000000
	%1761 = select i1 %1760, float 0.0, float %1750
	%1762 = fsub float %372, %1761
	%1763 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1762)
	%1764 = fmul float %371, %1759
	%1765 = fmul float %373, %1763
	br label %1766

1766:
	%1767 = phi float [ %371, %softmax ], [ %1764, %1755 ]
	%1768 = phi float [ %373, %softmax ], [ %1765, %1755 ]
	%1769 = phi float [ 1.0, %softmax ], [ %1759, %1755 ]
	%1770 = phi float [ 1.0, %softmax ], [ %1763, %1755 ]
	%1771 = select i1 %1754, float %1726, float %370
	%1772 = fcmp oeq float %1771, 0xFFF0000000000000
	%1773 = select i1 %1772, float 0.0, float %1771
	%1774 = fneg float %1773
	%1775 = call float @llvm.fma.f32(float %1674, float 0x3FC7154760000000, float %1774)
	%1776 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1775)
	%1777 = call float @llvm.fma.f32(float %1675, float 0x3FC7154760000000, float %1774)
	%1778 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1777)
	%1779 = call float @llvm.fma.f32(float %1678, float 0x3FC7154760000000, float %1774)
	%1780 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1779)
	%1781 = call float @llvm.fma.f32(float %1679, float 0x3FC7154760000000, float %1774)
	%1782 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1781)
	%1783 = call float @llvm.fma.f32(float %1682, float 0x3FC7154760000000, float %1774)
	%1784 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1783)
	%1785 = call float @llvm.fma.f32(float %1683, float 0x3FC7154760000000, float %1774)
	%1786 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1785)
	%1787 = call float @llvm.fma.f32(float %1686, float 0x3FC7154760000000, float %1774)
	%1788 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1787)
	%1789 = call float @llvm.fma.f32(float %1687, float 0x3FC7154760000000, float %1774)
	%1790 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1789)
	%1791 = call float @llvm.fma.f32(float %1690, float 0x3FC7154760000000, float %1774)
	%1792 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1791)
	%1793 = call float @llvm.fma.f32(float %1691, float 0x3FC7154760000000, float %1774)
	%1794 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1793)
	%1795 = call float @llvm.fma.f32(float %1694, float 0x3FC7154760000000, float %1774)
	%1796 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1795)
	%1797 = call float @llvm.fma.f32(float %1695, float 0x3FC7154760000000, float %1774)
	%1798 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1797)
	%1799 = call float @llvm.fma.f32(float %1698, float 0x3FC7154760000000, float %1774)
	%1800 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1799)
	%1801 = call float @llvm.fma.f32(float %1699, float 0x3FC7154760000000, float %1774)
	%1802 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1801)
	%1803 = call float @llvm.fma.f32(float %1702, float 0x3FC7154760000000, float %1774)
	%1804 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1803)
	%1805 = call float @llvm.fma.f32(float %1703, float 0x3FC7154760000000, float %1774)
	%1806 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1805)
	%1807 = fadd float %1776, %1778
	%1808 = fadd float %1780, %1782
	%1809 = fadd float %1784, %1786
	%1810 = fadd float %1788, %1790
	%1811 = fadd float %1792, %1794
	%1812 = fadd float %1796, %1798
	%1813 = fadd float %1800, %1802
	%1814 = fadd float %1804, %1806
	%1815 = fadd float %1807, %1808
	%1816 = fadd float %1809, %1810
	%1817 = fadd float %1811, %1812
	%1818 = fadd float %1813, %1814
	%1819 = fadd float %1815, %1816
	%1820 = fadd float %1817, %1818
	%1821 = fadd float %1819, %1820
	%1822 = fadd float %1767, %1821
	%1823 = select i1 %1754, float %1750, float %372
	%1824 = fcmp oeq float %1823, 0xFFF0000000000000
	%1825 = select i1 %1824, float 0.0, float %1823
	%1826 = fneg float %1825
	%1827 = call float @llvm.fma.f32(float %1676, float 0x3FC7154760000000, float %1826)
	%1828 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1827)
	%1829 = call float @llvm.fma.f32(float %1677, float 0x3FC7154760000000, float %1826)
	%1830 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1829)
	%1831 = call float @llvm.fma.f32(float %1680, float 0x3FC7154760000000, float %1826)
	%1832 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1831)
	%1833 = call float @llvm.fma.f32(float %1681, float 0x3FC7154760000000, float %1826)
	%1834 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1833)
	%1835 = call float @llvm.fma.f32(float %1684, float 0x3FC7154760000000, float %1826)
	%1836 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1835)
	%1837 = call float @llvm.fma.f32(float %1685, float 0x3FC7154760000000, float %1826)
	%1838 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1837)
	%1839 = call float @llvm.fma.f32(float %1688, float 0x3FC7154760000000, float %1826)
	%1840 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1839)
	%1841 = call float @llvm.fma.f32(float %1689, float 0x3FC7154760000000, float %1826)
	%1842 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1841)
	%1843 = call float @llvm.fma.f32(float %1692, float 0x3FC7154760000000, float %1826)
	%1844 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1843)
	%1845 = call float @llvm.fma.f32(float %1693, float 0x3FC7154760000000, float %1826)
	%1846 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1845)
	%1847 = call float @llvm.fma.f32(float %1696, float 0x3FC7154760000000, float %1826)
	%1848 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1847)
	%1849 = call float @llvm.fma.f32(float %1697, float 0x3FC7154760000000, float %1826)
	%1850 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1849)
	%1851 = call float @llvm.fma.f32(float %1700, float 0x3FC7154760000000, float %1826)
	%1852 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1851)
	%1853 = call float @llvm.fma.f32(float %1701, float 0x3FC7154760000000, float %1826)
	%1854 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1853)
	%1855 = call float @llvm.fma.f32(float %1704, float 0x3FC7154760000000, float %1826)
	%1856 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1855)
	%1857 = call float @llvm.fma.f32(float %1705, float 0x3FC7154760000000, float %1826)
	%1858 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1857)
	%1859 = fadd float %1828, %1830
	%1860 = fadd float %1832, %1834
	%1861 = fadd float %1836, %1838
	%1862 = fadd float %1840, %1842
	%1863 = fadd float %1844, %1846
	%1864 = fadd float %1848, %1850
	%1865 = fadd float %1852, %1854
	%1866 = fadd float %1856, %1858
	%1867 = fadd float %1859, %1860
	%1868 = fadd float %1861, %1862
	%1869 = fadd float %1863, %1864
	%1870 = fadd float %1865, %1866
	%1871 = fadd float %1867, %1868
	%1872 = fadd float %1869, %1870
	%1873 = fadd float %1871, %1872
	%1874 = fadd float %1768, %1873
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1875 = call float asm sideeffect "", "=f,0"(float %767)
	%1876 = call float asm sideeffect "", "=f,0"(float %768)
	%1877 = call float asm sideeffect "", "=f,0"(float %769)
	%1878 = call float asm sideeffect "", "=f,0"(float %770)
	%1879 = call float asm sideeffect "", "=f,0"(float %771)
	%1880 = call float asm sideeffect "", "=f,0"(float %772)
	%1881 = call float asm sideeffect "", "=f,0"(float %773)
	%1882 = call float asm sideeffect "", "=f,0"(float %774)
	%1883 = call float asm sideeffect "", "=f,0"(float %775)
	%1884 = call float asm sideeffect "", "=f,0"(float %776)
	%1885 = call float asm sideeffect "", "=f,0"(float %777)
	%1886 = call float asm sideeffect "", "=f,0"(float %778)
	%1887 = call float asm sideeffect "", "=f,0"(float %779)
	%1888 = call float asm sideeffect "", "=f,0"(float %780)
	%1889 = call float asm sideeffect "", "=f,0"(float %781)
	%1890 = call float asm sideeffect "", "=f,0"(float %782)
	%1891 = call float asm sideeffect "", "=f,0"(float %783)
	%1892 = call float asm sideeffect "", "=f,0"(float %784)
	%1893 = call float asm sideeffect "", "=f,0"(float %785)
	%1894 = call float asm sideeffect "", "=f,0"(float %786)
	%1895 = call float asm sideeffect "", "=f,0"(float %787)
	%1896 = call float asm sideeffect "", "=f,0"(float %788)
	%1897 = call float asm sideeffect "", "=f,0"(float %789)
	%1898 = call float asm sideeffect "", "=f,0"(float %790)
	%1899 = call float asm sideeffect "", "=f,0"(float %791)
	%1900 = call float asm sideeffect "", "=f,0"(float %792)
	%1901 = call float asm sideeffect "", "=f,0"(float %793)
	%1902 = call float asm sideeffect "", "=f,0"(float %794)
	%1903 = call float asm sideeffect "", "=f,0"(float %795)
	%1904 = call float asm sideeffect "", "=f,0"(float %796)
	%1905 = call float asm sideeffect "", "=f,0"(float %797)
	%1906 = call float asm sideeffect "", "=f,0"(float %798)
	%1907 = icmp ne i32 %335, 0
	%1908 = mul i32 %478, 32
	%1909 = add i32 %107, %1908
	%1910 = add i32 %1909, 16
	%1911 = add i32 %1910, 8
	%1912 = zext i1 %1907 to i32
	call void asm sideeffect "{ .reg .pred p; .reg .b64 st; setp.ne.b32 p, $1, 0; @p mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r,r"(i32 %1911, i32 %1912)
	br i1 %1754, label %1913, label %1946

1913:
	%1914 = fmul float %1875, %1769
	%1915 = fmul float %1876, %1769
	%1916 = fmul float %1877, %1770
	%1917 = fmul float %1878, %1770
	%1918 = fmul float %1879, %1769
	%1919 = fmul float %1880, %1769
	%1920 = fmul float %1881, %1770
	%1921 = fmul float %1882, %1770
	%1922 = fmul float %1883, %1769
	%1923 = fmul float %1884, %1769
	%1924 = fmul float %1885, %1770
	%1925 = fmul float %1886, %1770
	%1926 = fmul float %1887, %1769
	%1927 = fmul float %1888, %1769
	%1928 = fmul float %1889, %1770
	%1929 = fmul float %1890, %1770
	%1930 = fmul float %1891, %1769
	%1931 = fmul float %1892, %1769
	%1932 = fmul float %1893, %1770
	%1933 = fmul float %1894, %1770
	%1934 = fmul float %1895, %1769
	%1935 = fmul float %1896, %1769
	%1936 = fmul float %1897, %1770
	%1937 = fmul float %1898, %1770
	%1938 = fmul float %1899, %1769
	%1939 = fmul float %1900, %1769
	%1940 = fmul float %1901, %1770
	%1941 = fmul float %1902, %1770
	%1942 = fmul float %1903, %1769
	%1943 = fmul float %1904, %1769
	%1944 = fmul float %1905, %1770
	%1945 = fmul float %1906, %1770
	br label %1946

1946:
	%1947 = phi float [ %1875, %1766 ], [ %1914, %1913 ]
	%1948 = phi float [ %1876, %1766 ], [ %1915, %1913 ]
	%1949 = phi float [ %1877, %1766 ], [ %1916, %1913 ]
	%1950 = phi float [ %1878, %1766 ], [ %1917, %1913 ]
	%1951 = phi float [ %1879, %1766 ], [ %1918, %1913 ]
	%1952 = phi float [ %1880, %1766 ], [ %1919, %1913 ]
	%1953 = phi float [ %1881, %1766 ], [ %1920, %1913 ]
	%1954 = phi float [ %1882, %1766 ], [ %1921, %1913 ]
	%1955 = phi float [ %1883, %1766 ], [ %1922, %1913 ]
	%1956 = phi float [ %1884, %1766 ], [ %1923, %1913 ]
	%1957 = phi float [ %1885, %1766 ], [ %1924, %1913 ]
	%1958 = phi float [ %1886, %1766 ], [ %1925, %1913 ]
	%1959 = phi float [ %1887, %1766 ], [ %1926, %1913 ]
	%1960 = phi float [ %1888, %1766 ], [ %1927, %1913 ]
	%1961 = phi float [ %1889, %1766 ], [ %1928, %1913 ]
	%1962 = phi float [ %1890, %1766 ], [ %1929, %1913 ]
	%1963 = phi float [ %1891, %1766 ], [ %1930, %1913 ]
	%1964 = phi float [ %1892, %1766 ], [ %1931, %1913 ]
	%1965 = phi float [ %1893, %1766 ], [ %1932, %1913 ]
	%1966 = phi float [ %1894, %1766 ], [ %1933, %1913 ]
	%1967 = phi float [ %1895, %1766 ], [ %1934, %1913 ]
	%1968 = phi float [ %1896, %1766 ], [ %1935, %1913 ]
	%1969 = phi float [ %1897, %1766 ], [ %1936, %1913 ]
	%1970 = phi float [ %1898, %1766 ], [ %1937, %1913 ]
	%1971 = phi float [ %1899, %1766 ], [ %1938, %1913 ]
	%1972 = phi float [ %1900, %1766 ], [ %1939, %1913 ]
	%1973 = phi float [ %1901, %1766 ], [ %1940, %1913 ]
	%1974 = phi float [ %1902, %1766 ], [ %1941, %1913 ]
	%1975 = phi float [ %1903, %1766 ], [ %1942, %1913 ]
	%1976 = phi float [ %1904, %1766 ], [ %1943, %1913 ]
	%1977 = phi float [ %1905, %1766 ], [ %1944, %1913 ]
	%1978 = phi float [ %1906, %1766 ], [ %1945, %1913 ]
	%1979 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1778, float %1776)
	%1980 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1830, float %1828)
	%1981 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1782, float %1780)
	%1982 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1834, float %1832)
	%1983 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1786, float %1784)
	%1984 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1838, float %1836)
	%1985 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1790, float %1788)
	%1986 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1842, float %1840)
	%1987 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1794, float %1792)
	%1988 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1846, float %1844)
	%1989 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1798, float %1796)
	%1990 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1850, float %1848)
	%1991 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1802, float %1800)
	%1992 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1854, float %1852)
	%1993 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1806, float %1804)
	%1994 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1858, float %1856)
	br i1 %498, label %loop, label %drain

drain:
	%1995 = mul i32 %390, 32
	%1996 = add i32 %107, %1995
	%1997 = add i32 %1996, 16
	br label %1998

1998:
	%1999 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %1997, i32 %392)
	%2000 = icmp ne i32 %1999, 0
	br i1 %2000, label %2001, label %1998

2001:
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%2002 = add i32 %475, 0
	%2003 = zext i32 %2002 to i64
	%2004 = or i64 %2003, u0x4000004002000000
	%2005 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1947, float %1948, float %1949, float %1950, float %1951, float %1952, float %1953, float %1954, float %1955, float %1956, float %1957, float %1958, float %1959, float %1960, float %1961, float %1962, float %1963, float %1964, float %1965, float %1966, float %1967, float %1968, float %1969, float %1970, float %1971, float %1972, float %1973, float %1974, float %1975, float %1976, float %1977, float %1978, i32 %1979, i32 %1980, i32 %1981, i32 %1982, i64 %2004, i32 1)
	%2006 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 0
	%2007 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 1
	%2008 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 2
	%2009 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 3
	%2010 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 4
	%2011 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 5
	%2012 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 6
	%2013 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 7
	%2014 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 8
	%2015 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 9
	%2016 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 10
	%2017 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 11
	%2018 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 12
	%2019 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 13
	%2020 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 14
	%2021 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 15
	%2022 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 16
	%2023 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 17
	%2024 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 18
	%2025 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 19
	%2026 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 20
	%2027 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 21
	%2028 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 22
	%2029 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 23
	%2030 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 24
	%2031 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 25
	%2032 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 26
	%2033 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 27
	%2034 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 28
	%2035 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 29
	%2036 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 30
	%2037 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2005, 31
	%2038 = add i32 %475, 128
	%2039 = zext i32 %2038 to i64
	%2040 = or i64 %2039, u0x4000004002000000
	%2041 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %2006, float %2007, float %2008, float %2009, float %2010, float %2011, float %2012, float %2013, float %2014, float %2015, float %2016, float %2017, float %2018, float %2019, float %2020, float %2021, float %2022, float %2023, float %2024, float %2025, float %2026, float %2027, float %2028, float %2029, float %2030, float %2031, float %2032, float %2033, float %2034, float %2035, float %2036, float %2037, i32 %1983, i32 %1984, i32 %1985, i32 %1986, i64 %2040, i32 1)
	%2042 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 0
	%2043 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 1
	%2044 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 2
	%2045 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 3
	%2046 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 4
	%2047 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 5
	%2048 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 6
	%2049 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 7
	%2050 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 8
	%2051 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 9
	%2052 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 10
	%2053 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 11
	%2054 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 12
	%2055 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 13
	%2056 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 14
	%2057 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 15
	%2058 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 16
	%2059 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 17
	%2060 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 18
	%2061 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 19
	%2062 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 20
	%2063 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 21
	%2064 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 22
	%2065 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 23
	%2066 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 24
	%2067 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 25
	%2068 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 26
	%2069 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 27
	%2070 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 28
	%2071 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 29
	%2072 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 30
	%2073 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2041, 31
	%2074 = add i32 %475, 256
	%2075 = zext i32 %2074 to i64
	%2076 = or i64 %2075, u0x4000004002000000
	%2077 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %2042, float %2043, float %2044, float %2045, float %2046, float %2047, float %2048, float %2049, float %2050, float %2051, float %2052, float %2053, float %2054, float %2055, float %2056, float %2057, float %2058, float %2059, float %2060, float %2061, float %2062, float %2063, float %2064, float %2065, float %2066, float %2067, float %2068, float %2069, float %2070, float %2071, float %2072, float %2073, i32 %1987, i32 %1988, i32 %1989, i32 %1990, i64 %2076, i32 1)
	%2078 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 0
	%2079 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 1
	%2080 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 2
	%2081 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 3
	%2082 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 4
	%2083 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 5
	%2084 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 6
	%2085 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 7
	%2086 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 8
	%2087 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 9
	%2088 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 10
	%2089 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 11
	%2090 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 12
	%2091 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 13
	%2092 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 14
	%2093 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 15
	%2094 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 16
	%2095 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 17
	%2096 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 18
	%2097 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 19
	%2098 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 20
	%2099 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 21
	%2100 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 22
	%2101 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 23
	%2102 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 24
	%2103 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 25
	%2104 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 26
	%2105 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 27
	%2106 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 28
	%2107 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 29
	%2108 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 30
	%2109 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2077, 31
	%2110 = add i32 %475, 384
	%2111 = zext i32 %2110 to i64
	%2112 = or i64 %2111, u0x4000004002000000
	%2113 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %2078, float %2079, float %2080, float %2081, float %2082, float %2083, float %2084, float %2085, float %2086, float %2087, float %2088, float %2089, float %2090, float %2091, float %2092, float %2093, float %2094, float %2095, float %2096, float %2097, float %2098, float %2099, float %2100, float %2101, float %2102, float %2103, float %2104, float %2105, float %2106, float %2107, float %2108, float %2109, i32 %1991, i32 %1992, i32 %1993, i32 %1994, i64 %2112, i32 1)
	%2114 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 0
	%2115 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 1
	%2116 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 2
	%2117 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 3
	%2118 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 4
	%2119 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 5
	%2120 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 6
	%2121 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 7
	%2122 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 8
	%2123 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 9
	%2124 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 10
	%2125 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 11
	%2126 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 12
	%2127 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 13
	%2128 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 14
	%2129 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 15
	%2130 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 16
	%2131 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 17
	%2132 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 18
	%2133 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 19
	%2134 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 20
	%2135 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 21
	%2136 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 22
	%2137 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 23
	%2138 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 24
	%2139 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 25
	%2140 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 26
	%2141 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 27
	%2142 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 28
	%2143 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 29
	%2144 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 30
	%2145 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %2113, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%2146 = call float asm sideeffect "", "=f,0"(float %2114)
	%2147 = call float asm sideeffect "", "=f,0"(float %2115)
	%2148 = call float asm sideeffect "", "=f,0"(float %2116)
	%2149 = call float asm sideeffect "", "=f,0"(float %2117)
	%2150 = call float asm sideeffect "", "=f,0"(float %2118)
	%2151 = call float asm sideeffect "", "=f,0"(float %2119)
	%2152 = call float asm sideeffect "", "=f,0"(float %2120)
	%2153 = call float asm sideeffect "", "=f,0"(float %2121)
	%2154 = call float asm sideeffect "", "=f,0"(float %2122)
	%2155 = call float asm sideeffect "", "=f,0"(float %2123)
	%2156 = call float asm sideeffect "", "=f,0"(float %2124)
	%2157 = call float asm sideeffect "", "=f,0"(float %2125)
	%2158 = call float asm sideeffect "", "=f,0"(float %2126)
	%2159 = call float asm sideeffect "", "=f,0"(float %2127)
	%2160 = call float asm sideeffect "", "=f,0"(float %2128)
	%2161 = call float asm sideeffect "", "=f,0"(float %2129)
	%2162 = call float asm sideeffect "", "=f,0"(float %2130)
	%2163 = call float asm sideeffect "", "=f,0"(float %2131)
	%2164 = call float asm sideeffect "", "=f,0"(float %2132)
	%2165 = call float asm sideeffect "", "=f,0"(float %2133)
	%2166 = call float asm sideeffect "", "=f,0"(float %2134)
	%2167 = call float asm sideeffect "", "=f,0"(float %2135)
	%2168 = call float asm sideeffect "", "=f,0"(float %2136)
	%2169 = call float asm sideeffect "", "=f,0"(float %2137)
	%2170 = call float asm sideeffect "", "=f,0"(float %2138)
	%2171 = call float asm sideeffect "", "=f,0"(float %2139)
	%2172 = call float asm sideeffect "", "=f,0"(float %2140)
	%2173 = call float asm sideeffect "", "=f,0"(float %2141)
	%2174 = call float asm sideeffect "", "=f,0"(float %2142)
	%2175 = call float asm sideeffect "", "=f,0"(float %2143)
	%2176 = call float asm sideeffect "", "=f,0"(float %2144)
	%2177 = call float asm sideeffect "", "=f,0"(float %2145)
	br label %epilogue

store0:
	%2178 = mul i32 %35, %M
	%2179 = add i32 %2178, %440
	%2180 = mul i32 %2179, 64
	%2181 = shl i32 %17, 1
	%2182 = add i32 0, %2181
	%2183 = add i32 %2180, %2182
	%2184 = sext i32 %2183 to i64
	%2185 = getelementptr i16, i16* %out, i64 %2184
	%2186 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %442, float %441)
	%2187 = bitcast i16* %2185 to i32*
	store i32 %2186, i32* %2187
	%2188 = shl i32 %17, 1
	%2189 = add i32 8, %2188
	%2190 = add i32 %2180, %2189
	%2191 = sext i32 %2190 to i64
	%2192 = getelementptr i16, i16* %out, i64 %2191
	%2193 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %444, float %443)
	%2194 = bitcast i16* %2192 to i32*
	store i32 %2193, i32* %2194
	%2195 = shl i32 %17, 1
	%2196 = add i32 16, %2195
	%2197 = add i32 %2180, %2196
	%2198 = sext i32 %2197 to i64
	%2199 = getelementptr i16, i16* %out, i64 %2198
	%2200 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %446, float %445)
	%2201 = bitcast i16* %2199 to i32*
	store i32 %2200, i32* %2201
	%2202 = shl i32 %17, 1
	%2203 = add i32 24, %2202
	%2204 = add i32 %2180, %2203
	%2205 = sext i32 %2204 to i64
	%2206 = getelementptr i16, i16* %out, i64 %2205
	%2207 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %448, float %447)
	%2208 = bitcast i16* %2206 to i32*
	store i32 %2207, i32* %2208
	%2209 = shl i32 %17, 1
	%2210 = add i32 32, %2209
	%2211 = add i32 %2180, %2210
	%2212 = sext i32 %2211 to i64
	%2213 = getelementptr i16, i16* %out, i64 %2212
	%2214 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %450, float %449)
	%2215 = bitcast i16* %2213 to i32*
	store i32 %2214, i32* %2215
	%2216 = shl i32 %17, 1
	%2217 = add i32 40, %2216
	%2218 = add i32 %2180, %2217
	%2219 = sext i32 %2218 to i64
	%2220 = getelementptr i16, i16* %out, i64 %2219
	%2221 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %452, float %451)
	%2222 = bitcast i16* %2220 to i32*
	store i32 %2221, i32* %2222
	%2223 = shl i32 %17, 1
	%2224 = add i32 48, %2223
	%2225 = add i32 %2180, %2224
	%2226 = sext i32 %2225 to i64
	%2227 = getelementptr i16, i16* %out, i64 %2226
	%2228 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %454, float %453)
	%2229 = bitcast i16* %2227 to i32*
	store i32 %2228, i32* %2229
	%2230 = shl i32 %17, 1
	%2231 = add i32 56, %2230
	%2232 = add i32 %2180, %2231
	%2233 = sext i32 %2232 to i64
	%2234 = getelementptr i16, i16* %out, i64 %2233
	%2235 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %456, float %455)
	%2236 = bitcast i16* %2234 to i32*
	store i32 %2235, i32* %2236
	br label %stored0

stored0:
	%2237 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %396, i32 1, i32 31)
	%2238 = fadd float %396, %2237
	%2239 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2238, i32 2, i32 31)
	%2240 = fadd float %2238, %2239
	%2241 = fcmp ogt float %2240, 0.0
	%2242 = fdiv float 1.0, %2240
	%2243 = select i1 %2241, float %2242, float 0.0
	%2244 = mul i32 %11, 16
	%2245 = add i32 %37, %2244
	%2246 = add i32 %16, 8
	%2247 = add i32 %2245, %2246
	%2248 = fmul float %400, %2243
	%2249 = fmul float %401, %2243
	%2250 = fmul float %404, %2243
	%2251 = fmul float %405, %2243
	%2252 = fmul float %408, %2243
	%2253 = fmul float %409, %2243
	%2254 = fmul float %412, %2243
	%2255 = fmul float %413, %2243
	%2256 = fmul float %416, %2243
	%2257 = fmul float %417, %2243
	%2258 = fmul float %420, %2243
	%2259 = fmul float %421, %2243
	%2260 = fmul float %424, %2243
	%2261 = fmul float %425, %2243
	%2262 = fmul float %428, %2243
	%2263 = fmul float %429, %2243
	%2264 = icmp slt i32 %2247, %M
	br i1 %2264, label %store1, label %stored1

store1:
	%2265 = mul i32 %35, %M
	%2266 = add i32 %2265, %2247
	%2267 = mul i32 %2266, 64
	%2268 = shl i32 %17, 1
	%2269 = add i32 0, %2268
	%2270 = add i32 %2267, %2269
	%2271 = sext i32 %2270 to i64
	%2272 = getelementptr i16, i16* %out, i64 %2271
	%2273 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2249, float %2248)
	%2274 = bitcast i16* %2272 to i32*
	store i32 %2273, i32* %2274
	%2275 = shl i32 %17, 1
	%2276 = add i32 8, %2275
	%2277 = add i32 %2267, %2276
	%2278 = sext i32 %2277 to i64
	%2279 = getelementptr i16, i16* %out, i64 %2278
	%2280 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2251, float %2250)
	%2281 = bitcast i16* %2279 to i32*
	store i32 %2280, i32* %2281
	%2282 = shl i32 %17, 1
	%2283 = add i32 16, %2282
	%2284 = add i32 %2267, %2283
	%2285 = sext i32 %2284 to i64
	%2286 = getelementptr i16, i16* %out, i64 %2285
	%2287 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2253, float %2252)
	%2288 = bitcast i16* %2286 to i32*
	store i32 %2287, i32* %2288
	%2289 = shl i32 %17, 1
	%2290 = add i32 24, %2289
	%2291 = add i32 %2267, %2290
	%2292 = sext i32 %2291 to i64
	%2293 = getelementptr i16, i16* %out, i64 %2292
	%2294 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2255, float %2254)
	%2295 = bitcast i16* %2293 to i32*
	store i32 %2294, i32* %2295
	%2296 = shl i32 %17, 1
	%2297 = add i32 32, %2296
	%2298 = add i32 %2267, %2297
	%2299 = sext i32 %2298 to i64
	%2300 = getelementptr i16, i16* %out, i64 %2299
	%2301 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2257, float %2256)
	%2302 = bitcast i16* %2300 to i32*
	store i32 %2301, i32* %2302
	%2303 = shl i32 %17, 1
	%2304 = add i32 40, %2303
	%2305 = add i32 %2267, %2304
	%2306 = sext i32 %2305 to i64
	%2307 = getelementptr i16, i16* %out, i64 %2306
	%2308 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2259, float %2258)
	%2309 = bitcast i16* %2307 to i32*
	store i32 %2308, i32* %2309
	%2310 = shl i32 %17, 1
	%2311 = add i32 48, %2310
	%2312 = add i32 %2267, %2311
	%2313 = sext i32 %2312 to i64
	%2314 = getelementptr i16, i16* %out, i64 %2313
	%2315 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2261, float %2260)
	%2316 = bitcast i16* %2314 to i32*
	store i32 %2315, i32* %2316
	%2317 = shl i32 %17, 1
	%2318 = add i32 56, %2317
	%2319 = add i32 %2267, %2318
	%2320 = sext i32 %2319 to i64
	%2321 = getelementptr i16, i16* %out, i64 %2320
	%2322 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2263, float %2262)
	%2323 = bitcast i16* %2321 to i32*
	store i32 %2322, i32* %2323
	br label %stored1

stored1:
	ret void
}
