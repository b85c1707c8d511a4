define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
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
	%57 = mul i32 %35, %19
	%58 = add i32 %57, %33
	%59 = mul i32 %58, %NK
	%60 = shl i32 %33, 1
	%61 = add i32 %60, %56
	%62 = sub i32 %NQ, 1
	%63 = icmp slt i32 %61, %62
	%64 = select i1 %63, i32 %61, i32 %62
	%65 = mul i32 %35, %ch
	%66 = mul i32 %65, %NQ
	%67 = add i32 %66, %64
	%68 = mul i32 %67, %NK
	%69 = add i32 %59, 0
	%70 = sext i32 %69 to i64
	%71 = getelementptr i32, i32* %list, i64 %70
	%72 = load i32, i32* %71
	%73 = icmp slt i32 %72, 0
	%74 = and i32 %72, u0xFFFFFF
	%75 = select i1 %73, i32 -1, i32 %74
	%76 = add i32 %59, 0
	%77 = sext i32 %76 to i64
	%78 = getelementptr i32, i32* %list, i64 %77
	%79 = load i32, i32* %78
	%80 = add i32 %56, 24
	%81 = lshr i32 %79, %80
	%82 = and i32 %81, 1
	%83 = icmp ne i32 %82, 0
	%84 = icmp sgt i32 %NK, 0
	%85 = icmp sge i32 %75, 0
	%86 = and i1 %84, %85
	%87 = add i32 %0, u0xC000
	%88 = lshr i32 %87, 4
	%89 = and i32 %88, u0x3FFF
	%90 = add i32 %0, u0xE000
	%91 = icmp eq i32 %9, 0
	br i1 %91, label %92, label %117

92:
	%93 = mul i32 0, 32
	%94 = add i32 %90, %93
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %94)
	%95 = mul i32 0, 32
	%96 = add i32 %90, %95
	%97 = add i32 %96, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %97)
	%98 = mul i32 0, 32
	%99 = add i32 %90, %98
	%100 = add i32 %99, 16
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %100)
	%101 = mul i32 0, 32
	%102 = add i32 %90, %101
	%103 = add i32 %102, 16
	%104 = add i32 %103, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %104)
	%105 = mul i32 1, 32
	%106 = add i32 %90, %105
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %106)
	%107 = mul i32 1, 32
	%108 = add i32 %90, %107
	%109 = add i32 %108, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %109)
	%110 = mul i32 1, 32
	%111 = add i32 %90, %110
	%112 = add i32 %111, 16
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 128;", "r"(i32 %112)
	%113 = mul i32 1, 32
	%114 = add i32 %90, %113
	%115 = add i32 %114, 16
	%116 = add i32 %115, 8
	call void asm sideeffect "mbarrier.init.shared::cta.b64 [$0], 256;", "r"(i32 %116)
	br label %117

117:
	call void asm sideeffect "fence.mbarrier_init.release.cluster;", ""()
	call void @llvm.nvvm.barrier0()
	%118 = icmp ult i32 %9, 128
	br i1 %118, label %producer, label %consumer

producer:
	call void asm sideeffect "setmaxnreg.dec.sync.aligned.u32 40;", ""()
	br i1 %86, label %produce, label %produced

consumer:
	call void asm sideeffect "setmaxnreg.inc.sync.aligned.u32 232;", ""()
	%119 = lshr i32 %10, 3
	%120 = and i32 %10, 7
	%121 = lshr i32 %120, 3
	%122 = mul i32 %121, u0x4000
	%123 = and i32 %120, 7
	%124 = and i32 %119, 7
	%125 = xor i32 %123, %124
	%126 = mul i32 %119, 128
	%127 = shl i32 %125, 4
	%128 = add i32 %126, %127
	%129 = add i32 %122, %128
	%130 = add i32 %2, %129
	%131 = add i32 %37, %119
	%132 = mul i32 %131, 64
	%133 = mul i32 %120, 8
	%134 = add i32 %132, %133
	%135 = sext i32 %134 to i64
	%136 = getelementptr i16, i16* %41, i64 %135
	%137 = add i32 %131, 0
	%138 = icmp slt i32 %137, %M
	%139 = getelementptr i16, i16* %136, i64 0
	%140 = select i1 %138, i16* %139, i16* %41
	%141 = add i32 %130, 0
	%142 = select i1 %138, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %141, i16* %140, i32 %142)
	%143 = add i32 %131, 32
	%144 = icmp slt i32 %143, %M
	%145 = getelementptr i16, i16* %136, i64 2048
	%146 = select i1 %144, i16* %145, i16* %41
	%147 = add i32 %130, u0x1000
	%148 = select i1 %144, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %147, i16* %146, i32 %148)
	%149 = add i32 %131, 64
	%150 = icmp slt i32 %149, %M
	%151 = getelementptr i16, i16* %136, i64 u0x1000
	%152 = select i1 %150, i16* %151, i16* %41
	%153 = add i32 %130, u0x2000
	%154 = select i1 %150, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %153, i16* %152, i32 %154)
	%155 = add i32 %131, 96
	%156 = icmp slt i32 %155, %M
	%157 = getelementptr i16, i16* %136, i64 6144
	%158 = select i1 %156, i16* %157, i16* %41
	%159 = add i32 %130, 12288
	%160 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %158, i32 %160)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%161 = mul i32 %10, 32
	%162 = add i32 %87, %161
	%163 = add i32 %162, 0
	call void asm sideeffect "{ .reg .b32 z; mov.b32 z, 0; st.shared.v4.b32 [$0], {z, z, z, z}; }", "r"(i32 %163)
	%164 = add i32 %162, 16
	call void asm sideeffect "{ .reg .b32 z; mov.b32 z, 0; st.shared.v4.b32 [$0], {z, z, z, z}; }", "r"(i32 %164)
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void asm sideeffect "bar.sync 1, 256;", ""()
	br i1 %86, label %prologue, label %epilogue

produce:
	%165 = phi i32 [ 0, %producer ], [ %279, %232 ]
	%166 = phi i32 [ %75, %producer ], [ %289, %232 ]
	%167 = urem i32 %165, 2
	%168 = udiv i32 %165, 2
	%169 = and i32 %168, 1
	%170 = xor i32 %169, 1
	%171 = mul i32 %167, 32
	%172 = add i32 %90, %171
	%173 = add i32 %172, 8
	br label %174

produced:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	ret void

174:
	%175 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %173, i32 %170)
	%176 = icmp ne i32 %175, 0
	br i1 %176, label %177, label %174

177:
	%178 = mul i32 %167, u0x4000
	%179 = mul i32 %166, 64
	%180 = add i32 %0, %178
	%181 = lshr i32 %9, 3
	%182 = and i32 %9, 7
	%183 = lshr i32 %182, 3
	%184 = mul i32 %183, u0x2000
	%185 = and i32 %182, 7
	%186 = and i32 %181, 7
	%187 = xor i32 %185, %186
	%188 = mul i32 %181, 128
	%189 = shl i32 %187, 4
	%190 = add i32 %188, %189
	%191 = add i32 %184, %190
	%192 = add i32 %180, %191
	%193 = add i32 %179, %181
	%194 = mul i32 %193, 64
	%195 = mul i32 %182, 8
	%196 = add i32 %194, %195
	%197 = sext i32 %196 to i64
	%198 = getelementptr i16, i16* %45, i64 %197
	%199 = add i32 %193, 0
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %198, i64 0
	%202 = select i1 %200, i16* %201, i16* %45
	%203 = add i32 %192, 0
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %193, 16
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %198, i64 1024
	%208 = select i1 %206, i16* %207, i16* %45
	%209 = add i32 %192, 2048
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %193, 32
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %198, i64 2048
	%214 = select i1 %212, i16* %213, i16* %45
	%215 = add i32 %192, u0x1000
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %193, 48
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %198, i64 3072
	%220 = select i1 %218, i16* %219, i16* %45
	%221 = add i32 %192, 6144
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = mul i32 %167, 32
	%224 = add i32 %90, %223
	call void asm sideeffect "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r"(i32 %224)
	%225 = mul i32 %167, 32
	%226 = add i32 %90, %225
	%227 = add i32 %226, 16
	%228 = add i32 %227, 8
	br label %229

229:
	%230 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %228, i32 %170)
	%231 = icmp ne i32 %230, 0
	br i1 %231, label %232, label %229

232:
	%233 = add i32 %1, %178
	%234 = lshr i32 %9, 3
	%235 = and i32 %9, 7
	%236 = lshr i32 %235, 3
	%237 = mul i32 %236, u0x2000
	%238 = and i32 %235, 7
	%239 = and i32 %234, 7
	%240 = xor i32 %238, %239
	%241 = mul i32 %234, 128
	%242 = shl i32 %240, 4
	%243 = add i32 %241, %242
	%244 = add i32 %237, %243
	%245 = add i32 %233, %244
	%246 = add i32 %179, %234
	%247 = mul i32 %246, 64
	%248 = mul i32 %235, 8
	%249 = add i32 %247, %248
	%250 = sext i32 %249 to i64
	%251 = getelementptr i16, i16* %49, i64 %250
	%252 = add i32 %246, 0
	%253 = icmp slt i32 %252, %N
	%254 = getelementptr i16, i16* %251, i64 0
	%255 = select i1 %253, i16* %254, i16* %49
	%256 = add i32 %245, 0
	%257 = select i1 %253, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %256, i16* %255, i32 %257)
	%258 = add i32 %246, 16
	%259 = icmp slt i32 %258, %N
	%260 = getelementptr i16, i16* %251, i64 1024
	%261 = select i1 %259, i16* %260, i16* %49
	%262 = add i32 %245, 2048
	%263 = select i1 %259, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %262, i16* %261, i32 %263)
	%264 = add i32 %246, 32
	%265 = icmp slt i32 %264, %N
	%266 = getelementptr i16, i16* %251, i64 2048
	%267 = select i1 %265, i16* %266, i16* %49
	%268 = add i32 %245, u0x1000
	%269 = select i1 %265, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %268, i16* %267, i32 %269)
	%270 = add i32 %246, 48
	%271 = icmp slt i32 %270, %N
	%272 = getelementptr i16, i16* %251, i64 3072
	%273 = select i1 %271, i16* %272, i16* %49
	%274 = add i32 %245, 6144
	%275 = select i1 %271, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %274, i16* %273, i32 %275)
	%276 = mul i32 %167, 32
	%277 = add i32 %90, %276
	%278 = add i32 %277, 16
	call void asm sideeffect "cp.async.mbarrier.arrive.noinc.shared::cta.b64 [$0];", "r"(i32 %278)
	%279 = add i32 %165, 1
	%280 = icmp slt i32 %279, %NK
	%281 = select i1 %280, i32 %279, i32 0
	%282 = add i32 %59, %281
	%283 = sext i32 %282 to i64
	%284 = getelementptr i32, i32* %list, i64 %283
	%285 = load i32, i32* %284
	%286 = icmp slt i32 %285, 0
	%287 = and i32 %285, u0xFFFFFF
	%288 = select i1 %286, i32 -1, i32 %287
	%289 = select i1 %280, i32 %288, i32 -1
	%290 = icmp sge i32 %289, 0
	br i1 %290, label %produce, label %produced

prologue:
	%291 = and i32 %12, 7
	%292 = lshr i32 %12, 3
	%293 = and i32 %292, 1
	%294 = shl i32 %293, 3
	%295 = add i32 %291, %294
	%296 = lshr i32 %12, 4
	%297 = mul i32 %11, 16
	%298 = add i32 %295, 0
	%299 = add i32 %297, %298
	%300 = mul i32 %299, 128
	%301 = add i32 %2, %300
	%302 = and i32 %12, 7
	%303 = xor i32 %296, %302
	%304 = shl i32 %303, 4
	%305 = add i32 %301, %304
	br label %loop

loop:
	%306 = phi i32 [ 0, %prologue ], [ %454, %1513 ]
	%307 = phi i32 [ %75, %prologue ], [ %464, %1513 ]
	%308 = phi i1 [ %83, %prologue ], [ %468, %1513 ]
	%309 = phi float [ 0.0, %prologue ], [ %1514, %1513 ]
	%310 = phi float [ 0.0, %prologue ], [ %1515, %1513 ]
	%311 = phi float [ 0.0, %prologue ], [ %1516, %1513 ]
	%312 = phi float [ 0.0, %prologue ], [ %1517, %1513 ]
	%313 = phi float [ 0.0, %prologue ], [ %1518, %1513 ]
	%314 = phi float [ 0.0, %prologue ], [ %1519, %1513 ]
	%315 = phi float [ 0.0, %prologue ], [ %1520, %1513 ]
	%316 = phi float [ 0.0, %prologue ], [ %1521, %1513 ]
	%317 = phi float [ 0.0, %prologue ], [ %1522, %1513 ]
	%318 = phi float [ 0.0, %prologue ], [ %1523, %1513 ]
	%319 = phi float [ 0.0, %prologue ], [ %1524, %1513 ]
	%320 = phi float [ 0.0, %prologue ], [ %1525, %1513 ]
	%321 = phi float [ 0.0, %prologue ], [ %1526, %1513 ]
	%322 = phi float [ 0.0, %prologue ], [ %1527, %1513 ]
	%323 = phi float [ 0.0, %prologue ], [ %1528, %1513 ]
	%324 = phi float [ 0.0, %prologue ], [ %1529, %1513 ]
	%325 = phi float [ 0.0, %prologue ], [ %1530, %1513 ]
	%326 = phi float [ 0.0, %prologue ], [ %1531, %1513 ]
	%327 = phi float [ 0.0, %prologue ], [ %1532, %1513 ]
	%328 = phi float [ 0.0, %prologue ], [ %1533, %1513 ]
	%329 = phi float [ 0.0, %prologue ], [ %1534, %1513 ]
	%330 = phi float [ 0.0, %prologue ], [ %1535, %1513 ]
	%331 = phi float [ 0.0, %prologue ], [ %1536, %1513 ]
	%332 = phi float [ 0.0, %prologue ], [ %1537, %1513 ]
	%333 = phi float [ 0.0, %prologue ], [ %1538, %1513 ]
	%334 = phi float [ 0.0, %prologue ], [ %1539, %1513 ]
	%335 = phi float [ 0.0, %prologue ], [ %1540, %1513 ]
	%336 = phi float [ 0.0, %prologue ], [ %1541, %1513 ]
	%337 = phi float [ 0.0, %prologue ], [ %1542, %1513 ]
	%338 = phi float [ 0.0, %prologue ], [ %1543, %1513 ]
	%339 = phi float [ 0.0, %prologue ], [ %1544, %1513 ]
	%340 = phi float [ 0.0, %prologue ], [ %1545, %1513 ]
	%341 = phi float [ 0xFFF0000000000000, %prologue ], [ %1338, %1513 ]
	%342 = phi float [ 0.0, %prologue ], [ %1389, %1513 ]
	%343 = phi float [ 0xFFF0000000000000, %prologue ], [ %1390, %1513 ]
	%344 = phi float [ 0.0, %prologue ], [ %1441, %1513 ]
	%345 = phi i32 [ 0, %prologue ], [ %1546, %1513 ]
	%346 = phi i32 [ 0, %prologue ], [ %1547, %1513 ]
	%347 = phi i32 [ 0, %prologue ], [ %1548, %1513 ]
	%348 = phi i32 [ 0, %prologue ], [ %1549, %1513 ]
	%349 = phi i32 [ 0, %prologue ], [ %1550, %1513 ]
	%350 = phi i32 [ 0, %prologue ], [ %1551, %1513 ]
	%351 = phi i32 [ 0, %prologue ], [ %1552, %1513 ]
	%352 = phi i32 [ 0, %prologue ], [ %1553, %1513 ]
	%353 = phi i32 [ 0, %prologue ], [ %1554, %1513 ]
	%354 = phi i32 [ 0, %prologue ], [ %1555, %1513 ]
	%355 = phi i32 [ 0, %prologue ], [ %1556, %1513 ]
	%356 = phi i32 [ 0, %prologue ], [ %1557, %1513 ]
	%357 = phi i32 [ 0, %prologue ], [ %1558, %1513 ]
	%358 = phi i32 [ 0, %prologue ], [ %1559, %1513 ]
	%359 = phi i32 [ 0, %prologue ], [ %1560, %1513 ]
	%360 = phi i32 [ 0, %prologue ], [ %1561, %1513 ]
	%361 = urem i32 %306, 2
	%362 = udiv i32 %306, 2
	%363 = and i32 %362, 1
	%364 = mul i32 %361, 32
	%365 = add i32 %90, %364
	br label %429

epilogue:
	%366 = phi float [ 0.0, %consumer ], [ %1389, %1568 ]
	%367 = phi float [ 0.0, %consumer ], [ %1441, %1568 ]
	%368 = phi i32 [ 0, %consumer ], [ %454, %1568 ]
	%369 = phi float [ 0.0, %consumer ], [ %1713, %1568 ]
	%370 = phi float [ 0.0, %consumer ], [ %1714, %1568 ]
	%371 = phi float [ 0.0, %consumer ], [ %1715, %1568 ]
	%372 = phi float [ 0.0, %consumer ], [ %1716, %1568 ]
	%373 = phi float [ 0.0, %consumer ], [ %1717, %1568 ]
	%374 = phi float [ 0.0, %consumer ], [ %1718, %1568 ]
	%375 = phi float [ 0.0, %consumer ], [ %1719, %1568 ]
	%376 = phi float [ 0.0, %consumer ], [ %1720, %1568 ]
	%377 = phi float [ 0.0, %consumer ], [ %1721, %1568 ]
	%378 = phi float [ 0.0, %consumer ], [ %1722, %1568 ]
	%379 = phi float [ 0.0, %consumer ], [ %1723, %1568 ]
	%380 = phi float [ 0.0, %consumer ], [ %1724, %1568 ]
	%381 = phi float [ 0.0, %consumer ], [ %1725, %1568 ]
	%382 = phi float [ 0.0, %consumer ], [ %1726, %1568 ]
	%383 = phi float [ 0.0, %consumer ], [ %1727, %1568 ]
	%384 = phi float [ 0.0, %consumer ], [ %1728, %1568 ]
	%385 = phi float [ 0.0, %consumer ], [ %1729, %1568 ]
	%386 = phi float [ 0.0, %consumer ], [ %1730, %1568 ]
	%387 = phi float [ 0.0, %consumer ], [ %1731, %1568 ]
	%388 = phi float [ 0.0, %consumer ], [ %1732, %1568 ]
	%389 = phi float [ 0.0, %consumer ], [ %1733, %1568 ]
	%390 = phi float [ 0.0, %consumer ], [ %1734, %1568 ]
	%391 = phi float [ 0.0, %consumer ], [ %1735, %1568 ]
	%392 = phi float [ 0.0, %consumer ], [ %1736, %1568 ]
	%393 = phi float [ 0.0, %consumer ], [ %1737, %1568 ]
	%394 = phi float [ 0.0, %consumer ], [ %1738, %1568 ]
	%395 = phi float [ 0.0, %consumer ], [ %1739, %1568 ]
	%396 = phi float [ 0.0, %consumer ], [ %1740, %1568 ]
	%397 = phi float [ 0.0, %consumer ], [ %1741, %1568 ]
	%398 = phi float [ 0.0, %consumer ], [ %1742, %1568 ]
	%399 = phi float [ 0.0, %consumer ], [ %1743, %1568 ]
	%400 = phi float [ 0.0, %consumer ], [ %1744, %1568 ]
	%401 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %366, i32 1, i32 31)
	%402 = fadd float %366, %401
	%403 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %402, i32 2, i32 31)
	%404 = fadd float %402, %403
	%405 = fcmp ogt float %404, 0.0
	%406 = fdiv float 1.0, %404
	%407 = select i1 %405, float %406, float 0.0
	%408 = mul i32 %11, 16
	%409 = add i32 %37, %408
	%410 = add i32 %16, 0
	%411 = add i32 %409, %410
	%412 = fmul float %369, %407
	%413 = fmul float %370, %407
	%414 = fmul float %373, %407
	%415 = fmul float %374, %407
	%416 = fmul float %377, %407
	%417 = fmul float %378, %407
	%418 = fmul float %381, %407
	%419 = fmul float %382, %407
	%420 = fmul float %385, %407
	%421 = fmul float %386, %407
	%422 = fmul float %389, %407
	%423 = fmul float %390, %407
	%424 = fmul float %393, %407
	%425 = fmul float %394, %407
	%426 = fmul float %397, %407
	%427 = fmul float %398, %407
	%428 = icmp slt i32 %411, %M
	br i1 %428, label %store0, label %stored0

429:
	%430 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %365, i32 %363)
	%431 = icmp ne i32 %430, 0
	br i1 %431, label %432, label %429

432:
	%433 = icmp ne i32 %306, 0
	br i1 %433, label %434, label %442

434:
	%435 = sub i32 %306, 1
	%436 = urem i32 %435, 2
	%437 = udiv i32 %435, 2
	%438 = and i32 %437, 1
	%439 = mul i32 %436, 32
	%440 = add i32 %90, %439
	%441 = add i32 %440, 16
	br label %821

442:
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	%443 = mul i32 %307, 64
	%444 = mul i32 %361, 1024
	%445 = add i32 %6, %444
	%446 = add i32 %8, %444
	%447 = icmp eq i32 %361, 0
	%448 = sub i32 %361, 1
	%449 = select i1 %447, i32 1, i32 %448
	%450 = mul i32 %449, 1024
	%451 = add i32 %8, %450
	%452 = icmp eq i32 %306, 0
	%453 = select i1 %452, i32 %89, i32 %451
	%454 = add i32 %306, 1
	%455 = icmp slt i32 %454, %NK
	%456 = select i1 %455, i32 %454, i32 0
	%457 = add i32 %59, %456
	%458 = sext i32 %457 to i64
	%459 = getelementptr i32, i32* %list, i64 %458
	%460 = load i32, i32* %459
	%461 = select i1 %455, i32 %460, i32 -1
	%462 = icmp slt i32 %461, 0
	%463 = and i32 %461, u0xFFFFFF
	%464 = select i1 %462, i32 -1, i32 %463
	%465 = add i32 %56, 24
	%466 = lshr i32 %461, %465
	%467 = and i32 %466, 1
	%468 = icmp ne i32 %467, 0
	%469 = icmp sge i32 %464, 0
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%470 = add i32 %15, 0
	%471 = zext i32 %470 to i64
	%472 = or i64 %471, u0x4000004000010000
	%473 = add i32 %445, 0
	%474 = zext i32 %473 to i64
	%475 = or i64 %474, u0x4000004000010000
	%476 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %472, i64 %475, i32 1)
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 0
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 1
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 2
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 3
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 4
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 5
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 6
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 7
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 8
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 9
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 10
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 11
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 12
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 13
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 14
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 15
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 16
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 17
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 18
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 19
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 20
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 21
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 22
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 23
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 24
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 25
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 26
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 27
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 28
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 29
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 30
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %476, 31
	%509 = add i32 %15, 2
	%510 = zext i32 %509 to i64
	%511 = or i64 %510, u0x4000004000010000
	%512 = add i32 %445, 2
	%513 = zext i32 %512 to i64
	%514 = or i64 %513, u0x4000004000010000
	%515 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, i64 %511, i64 %514, i32 1)
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 3
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 4
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 5
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 6
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 7
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 8
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 9
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 10
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 11
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 12
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 13
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 14
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 15
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 16
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 17
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 18
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 19
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 20
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 21
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 22
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 23
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 24
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 25
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 26
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 27
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 28
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 29
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 30
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %515, 31
	%548 = add i32 %15, 4
	%549 = zext i32 %548 to i64
	%550 = or i64 %549, u0x4000004000010000
	%551 = add i32 %445, 4
	%552 = zext i32 %551 to i64
	%553 = or i64 %552, u0x4000004000010000
	%554 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, i64 %550, i64 %553, i32 1)
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 0
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 1
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 2
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 3
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 4
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 5
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 6
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 7
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 8
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 9
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 10
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 11
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 12
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 13
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 14
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 15
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 16
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 17
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 18
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 19
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 20
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 21
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 22
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 23
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 24
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 25
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 26
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 27
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 28
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 29
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 30
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %554, 31
	%587 = add i32 %15, 6
	%588 = zext i32 %587 to i64
	%589 = or i64 %588, u0x4000004000010000
	%590 = add i32 %445, 6
	%591 = zext i32 %590 to i64
	%592 = or i64 %591, u0x4000004000010000
	%593 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, i64 %589, i64 %592, i32 1)
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 0
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 1
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 2
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 3
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 4
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 5
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 6
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 7
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 8
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 9
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 10
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 11
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 12
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 13
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 14
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 15
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 16
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 17
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 18
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 19
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 20
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 21
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 22
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 23
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 24
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 25
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 26
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 27
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 28
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 29
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 30
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %593, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	%626 = add i32 %453, 0
	%627 = zext i32 %626 to i64
	%628 = or i64 %627, u0x4000004002000000
	%629 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, float %320, float %321, float %322, float %323, float %324, float %325, float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, i32 %345, i32 %346, i32 %347, i32 %348, i64 %628, i32 1)
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 0
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 1
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 2
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 3
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 4
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 5
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 6
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 7
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 8
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 9
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 10
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 11
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 12
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 13
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 14
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 15
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 16
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 17
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 18
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 19
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 20
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 21
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 22
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 23
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 24
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 25
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 26
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 27
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 28
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 29
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 30
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %629, 31
	%662 = add i32 %453, 128
	%663 = zext i32 %662 to i64
	%664 = or i64 %663, u0x4000004002000000
	%665 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %630, float %631, float %632, float %633, float %634, float %635, float %636, float %637, float %638, float %639, float %640, float %641, float %642, float %643, float %644, float %645, float %646, float %647, float %648, float %649, float %650, float %651, float %652, float %653, float %654, float %655, float %656, float %657, float %658, float %659, float %660, float %661, i32 %349, i32 %350, i32 %351, i32 %352, i64 %664, i32 1)
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
	%698 = add i32 %453, 256
	%699 = zext i32 %698 to i64
	%700 = or i64 %699, u0x4000004002000000
	%701 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %666, float %667, float %668, float %669, float %670, float %671, float %672, float %673, float %674, float %675, float %676, float %677, float %678, float %679, float %680, float %681, float %682, float %683, float %684, float %685, float %686, float %687, float %688, float %689, float %690, float %691, float %692, float %693, float %694, float %695, float %696, float %697, i32 %353, i32 %354, i32 %355, i32 %356, i64 %700, i32 1)
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 0
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 1
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 2
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 3
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 4
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 5
	%708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 6
	%709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 7
	%710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 8
	%711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 9
	%712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 10
	%713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 11
	%714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 12
	%715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 13
	%716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 14
	%717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 15
	%718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 16
	%719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 17
	%720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 18
	%721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 19
	%722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 20
	%723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 21
	%724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 22
	%725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 23
	%726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 24
	%727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 25
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 26
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 27
	%730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 28
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 29
	%732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 30
	%733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %701, 31
	%734 = add i32 %453, 384
	%735 = zext i32 %734 to i64
	%736 = or i64 %735, u0x4000004002000000
	%737 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, float %711, float %712, float %713, float %714, float %715, float %716, float %717, float %718, float %719, float %720, float %721, float %722, float %723, float %724, float %725, float %726, float %727, float %728, float %729, float %730, float %731, float %732, float %733, i32 %357, i32 %358, i32 %359, i32 %360, i64 %736, i32 1)
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 0
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 1
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 2
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 3
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 4
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 5
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 6
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 7
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 8
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 9
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 10
	%749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 11
	%750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 12
	%751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 13
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 14
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 15
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 16
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 17
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 18
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 19
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 20
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 21
	%760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 22
	%761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 23
	%762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 24
	%763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 25
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 26
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 27
	%766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 28
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 29
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 30
	%769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %737, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 1;", ""()
	%770 = call float asm sideeffect "", "=f,0"(float %594)
	%771 = call float asm sideeffect "", "=f,0"(float %595)
	%772 = call float asm sideeffect "", "=f,0"(float %596)
	%773 = call float asm sideeffect "", "=f,0"(float %597)
	%774 = call float asm sideeffect "", "=f,0"(float %598)
	%775 = call float asm sideeffect "", "=f,0"(float %599)
	%776 = call float asm sideeffect "", "=f,0"(float %600)
	%777 = call float asm sideeffect "", "=f,0"(float %601)
	%778 = call float asm sideeffect "", "=f,0"(float %602)
	%779 = call float asm sideeffect "", "=f,0"(float %603)
	%780 = call float asm sideeffect "", "=f,0"(float %604)
	%781 = call float asm sideeffect "", "=f,0"(float %605)
	%782 = call float asm sideeffect "", "=f,0"(float %606)
	%783 = call float asm sideeffect "", "=f,0"(float %607)
	%784 = call float asm sideeffect "", "=f,0"(float %608)
	%785 = call float asm sideeffect "", "=f,0"(float %609)
	%786 = call float asm sideeffect "", "=f,0"(float %610)
	%787 = call float asm sideeffect "", "=f,0"(float %611)
	%788 = call float asm sideeffect "", "=f,0"(float %612)
	%789 = call float asm sideeffect "", "=f,0"(float %613)
	%790 = call float asm sideeffect "", "=f,0"(float %614)
	%791 = call float asm sideeffect "", "=f,0"(float %615)
	%792 = call float asm sideeffect "", "=f,0"(float %616)
	%793 = call float asm sideeffect "", "=f,0"(float %617)
	%794 = call float asm sideeffect "", "=f,0"(float %618)
	%795 = call float asm sideeffect "", "=f,0"(float %619)
	%796 = call float asm sideeffect "", "=f,0"(float %620)
	%797 = call float asm sideeffect "", "=f,0"(float %621)
	%798 = call float asm sideeffect "", "=f,0"(float %622)
	%799 = call float asm sideeffect "", "=f,0"(float %623)
	%800 = call float asm sideeffect "", "=f,0"(float %624)
	%801 = call float asm sideeffect "", "=f,0"(float %625)
	%802 = mul i32 %361, 32
	%803 = add i32 %90, %802
	%804 = add i32 %803, 8
	call void asm sideeffect "{ .reg .b64 st; mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r"(i32 %804)
	%805 = mul i32 %11, 16
	%806 = add i32 %37, %805
	%807 = add i32 %16, 0
	%808 = add i32 %806, %807
	%809 = mul i32 %11, 16
	%810 = add i32 %37, %809
	%811 = add i32 %16, 8
	%812 = add i32 %810, %811
	%813 = sitofp i32 %35 to float
	%814 = add i32 %68, %307
	%815 = sext i32 %814 to i64
	%816 = getelementptr i8, i8* %cls, i64 %815
	%817 = load i8, i8* %816
	%818 = icmp ne i8 %817, 2
	%819 = xor i1 %308, true
	%820 = or i1 %818, %819
	br i1 %820, label %partial, label %softmax

821:
	%822 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %441, i32 %438)
	%823 = icmp ne i32 %822, 0
	br i1 %823, label %824, label %821

824:
	br label %442

partial:
	%825 = shl i32 %17, 1
	%826 = add i32 0, %825
	%827 = add i32 %443, %826
	%828 = icmp slt i32 %827, %N
	%829 = and i1 %828, %308
	%830 = select i1 %829, i32 %827, i32 0
	%831 = sitofp i32 %808 to float
	%832 = sitofp i32 %830 to float
	%833 = fcmp ole float %832, %831
	%834 = uitofp i1 %833 to float
	%835 = fcmp une float %834, 0.0
	%836 = and i1 %829, %835
	%837 = select i1 %836, float %770, float 0xFFF0000000000000
	%838 = shl i32 %17, 1
	%839 = add i32 1, %838
	%840 = add i32 %443, %839
	%841 = icmp slt i32 %840, %N
	%842 = and i1 %841, %308
	%843 = select i1 %842, i32 %840, i32 0
	%844 = sitofp i32 %808 to float
	%845 = sitofp i32 %843 to float
	%846 = fcmp ole float %845, %844
	%847 = uitofp i1 %846 to float
	%848 = fcmp une float %847, 0.0
	%849 = and i1 %842, %848
	%850 = select i1 %849, float %771, float 0xFFF0000000000000
	%851 = shl i32 %17, 1
	%852 = add i32 0, %851
	%853 = add i32 %443, %852
	%854 = icmp slt i32 %853, %N
	%855 = and i1 %854, %308
	%856 = select i1 %855, i32 %853, i32 0
	%857 = sitofp i32 %812 to float
	%858 = sitofp i32 %856 to float
	%859 = fcmp ole float %858, %857
	%860 = uitofp i1 %859 to float
	%861 = fcmp une float %860, 0.0
	%862 = and i1 %855, %861
	%863 = select i1 %862, float %772, float 0xFFF0000000000000
	%864 = shl i32 %17, 1
	%865 = add i32 1, %864
	%866 = add i32 %443, %865
	%867 = icmp slt i32 %866, %N
	%868 = and i1 %867, %308
	%869 = select i1 %868, i32 %866, i32 0
	%870 = sitofp i32 %812 to float
	%871 = sitofp i32 %869 to float
	%872 = fcmp ole float %871, %870
	%873 = uitofp i1 %872 to float
	%874 = fcmp une float %873, 0.0
	%875 = and i1 %868, %874
	%876 = select i1 %875, float %773, float 0xFFF0000000000000
	%877 = shl i32 %17, 1
	%878 = add i32 8, %877
	%879 = add i32 %443, %878
	%880 = icmp slt i32 %879, %N
	%881 = and i1 %880, %308
	%882 = select i1 %881, i32 %879, i32 0
	%883 = sitofp i32 %808 to float
	%884 = sitofp i32 %882 to float
	%885 = fcmp ole float %884, %883
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = and i1 %881, %887
	%889 = select i1 %888, float %774, float 0xFFF0000000000000
	%890 = shl i32 %17, 1
	%891 = add i32 9, %890
	%892 = add i32 %443, %891
	%893 = icmp slt i32 %892, %N
	%894 = and i1 %893, %308
	%895 = select i1 %894, i32 %892, i32 0
	%896 = sitofp i32 %808 to float
	%897 = sitofp i32 %895 to float
	%898 = fcmp ole float %897, %896
	%899 = uitofp i1 %898 to float
	%900 = fcmp une float %899, 0.0
	%901 = and i1 %894, %900
	%902 = select i1 %901, float %775, float 0xFFF0000000000000
	%903 = shl i32 %17, 1
	%904 = add i32 8, %903
	%905 = add i32 %443, %904
	%906 = icmp slt i32 %905, %N
	%907 = and i1 %906, %308
	%908 = select i1 %907, i32 %905, i32 0
	%909 = sitofp i32 %812 to float
	%910 = sitofp i32 %908 to float
	%911 = fcmp ole float %910, %909
	%912 = uitofp i1 %911 to float
	%913 = fcmp une float %912, 0.0
	%914 = and i1 %907, %913
	%915 = select i1 %914, float %776, float 0xFFF0000000000000
	%916 = shl i32 %17, 1
	%917 = add i32 9, %916
	%918 = add i32 %443, %917
	%919 = icmp slt i32 %918, %N
	%920 = and i1 %919, %308
	%921 = select i1 %920, i32 %918, i32 0
	%922 = sitofp i32 %812 to float
	%923 = sitofp i32 %921 to float
	%924 = fcmp ole float %923, %922
	%925 = uitofp i1 %924 to float
	%926 = fcmp une float %925, 0.0
	%927 = and i1 %920, %926
	%928 = select i1 %927, float %777, float 0xFFF0000000000000
	%929 = shl i32 %17, 1
	%930 = add i32 16, %929
	%931 = add i32 %443, %930
	%932 = icmp slt i32 %931, %N
	%933 = and i1 %932, %308
	%934 = select i1 %933, i32 %931, i32 0
	%935 = sitofp i32 %808 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %778, float 0xFFF0000000000000
	%942 = shl i32 %17, 1
	%943 = add i32 17, %942
	%944 = add i32 %443, %943
	%945 = icmp slt i32 %944, %N
	%946 = and i1 %945, %308
	%947 = select i1 %946, i32 %944, i32 0
	%948 = sitofp i32 %808 to float
	%949 = sitofp i32 %947 to float
	%950 = fcmp ole float %949, %948
	%951 = uitofp i1 %950 to float
	%952 = fcmp une float %951, 0.0
	%953 = and i1 %946, %952
	%954 = select i1 %953, float %779, float 0xFFF0000000000000
	%955 = shl i32 %17, 1
	%956 = add i32 16, %955
	%957 = add i32 %443, %956
	%958 = icmp slt i32 %957, %N
	%959 = and i1 %958, %308
	%960 = select i1 %959, i32 %957, i32 0
	%961 = sitofp i32 %812 to float
	%962 = sitofp i32 %960 to float
	%963 = fcmp ole float %962, %961
	%964 = uitofp i1 %963 to float
	%965 = fcmp une float %964, 0.0
	%966 = and i1 %959, %965
	%967 = select i1 %966, float %780, float 0xFFF0000000000000
	%968 = shl i32 %17, 1
	%969 = add i32 17, %968
	%970 = add i32 %443, %969
	%971 = icmp slt i32 %970, %N
	%972 = and i1 %971, %308
	%973 = select i1 %972, i32 %970, i32 0
	%974 = sitofp i32 %812 to float
	%975 = sitofp i32 %973 to float
	%976 = fcmp ole float %975, %974
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = and i1 %972, %978
	%980 = select i1 %979, float %781, float 0xFFF0000000000000
	%981 = shl i32 %17, 1
	%982 = add i32 24, %981
	%983 = add i32 %443, %982
	%984 = icmp slt i32 %983, %N
	%985 = and i1 %984, %308
	%986 = select i1 %985, i32 %983, i32 0
	%987 = sitofp i32 %808 to float
	%988 = sitofp i32 %986 to float
	%989 = fcmp ole float %988, %987
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = and i1 %985, %991
	%993 = select i1 %992, float %782, float 0xFFF0000000000000
	%994 = shl i32 %17, 1
	%995 = add i32 25, %994
	%996 = add i32 %443, %995
	%997 = icmp slt i32 %996, %N
	%998 = and i1 %997, %308
	%999 = select i1 %998, i32 %996, i32 0
	%1000 = sitofp i32 %808 to float
	%1001 = sitofp i32 %999 to float
	%1002 = fcmp ole float %1001, %1000
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %998, %1004
	%1006 = select i1 %1005, float %783, float 0xFFF0000000000000
	%1007 = shl i32 %17, 1
	%1008 = add i32 24, %1007
	%1009 = add i32 %443, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = and i1 %1010, %308
	%1012 = select i1 %1011, i32 %1009, i32 0
	%1013 = sitofp i32 %812 to float
	%1014 = sitofp i32 %1012 to float
	%1015 = fcmp ole float %1014, %1013
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = and i1 %1011, %1017
	%1019 = select i1 %1018, float %784, float 0xFFF0000000000000
	%1020 = shl i32 %17, 1
	%1021 = add i32 25, %1020
	%1022 = add i32 %443, %1021
	%1023 = icmp slt i32 %1022, %N
	%1024 = and i1 %1023, %308
	%1025 = select i1 %1024, i32 %1022, i32 0
	%1026 = sitofp i32 %812 to float
	%1027 = sitofp i32 %1025 to float
	%1028 = fcmp ole float %1027, %1026
	%1029 = uitofp i1 %1028 to float
	%1030 = fcmp une float %1029, 0.0
	%1031 = and i1 %1024, %1030
	%1032 = select i1 %1031, float %785, float 0xFFF0000000000000
	%1033 = shl i32 %17, 1
	%1034 = add i32 32, %1033
	%1035 = add i32 %443, %1034
	%1036 = icmp slt i32 %1035, %N
	%1037 = and i1 %1036, %308
	%1038 = select i1 %1037, i32 %1035, i32 0
	%1039 = sitofp i32 %808 to float
	%1040 = sitofp i32 %1038 to float
	%1041 = fcmp ole float %1040, %1039
	%1042 = uitofp i1 %1041 to float
	%1043 = fcmp une float %1042, 0.0
	%1044 = and i1 %1037, %1043
	%1045 = select i1 %1044, float %786, float 0xFFF0000000000000
	%1046 = shl i32 %17, 1
	%1047 = add i32 33, %1046
	%1048 = add i32 %443, %1047
	%1049 = icmp slt i32 %1048, %N
	%1050 = and i1 %1049, %308
	%1051 = select i1 %1050, i32 %1048, i32 0
	%1052 = sitofp i32 %808 to float
	%1053 = sitofp i32 %1051 to float
	%1054 = fcmp ole float %1053, %1052
	%1055 = uitofp i1 %1054 to float
	%1056 = fcmp une float %1055, 0.0
	%1057 = and i1 %1050, %1056
	%1058 = select i1 %1057, float %787, float 0xFFF0000000000000
	%1059 = shl i32 %17, 1
	%1060 = add i32 32, %1059
	%1061 = add i32 %443, %1060
	%1062 = icmp slt i32 %1061, %N
	%1063 = and i1 %1062, %308
	%1064 = select i1 %1063, i32 %1061, i32 0
	%1065 = sitofp i32 %812 to float
	%1066 = sitofp i32 %1064 to float
	%1067 = fcmp ole float %1066, %1065
	%1068 = uitofp i1 %1067 to float
	%1069 = fcmp une float %1068, 0.0
	%1070 = and i1 %1063, %1069
	%1071 = select i1 %1070, float %788, float 0xFFF0000000000000
	%1072 = shl i32 %17, 1
	%1073 = add i32 33, %1072
	%1074 = add i32 %443, %1073
	%1075 = icmp slt i32 %1074, %N
	%1076 = and i1 %1075, %308
	%1077 = select i1 %1076, i32 %1074, i32 0
	%1078 = sitofp i32 %812 to float
	%1079 = sitofp i32 %1077 to float
	%1080 = fcmp ole float %1079, %1078
	%1081 = uitofp i1 %1080 to float
	%1082 = fcmp une float %1081, 0.0
	%1083 = and i1 %1076, %1082
	%1084 = select i1 %1083, float %789, float 0xFFF0000000000000
	%1085 = shl i32 %17, 1
	%1086 = add i32 40, %1085
	%1087 = add i32 %443, %1086
	%1088 = icmp slt i32 %1087, %N
	%1089 = and i1 %1088, %308
	%1090 = select i1 %1089, i32 %1087, i32 0
	%1091 = sitofp i32 %808 to float
	%1092 = sitofp i32 %1090 to float
	%1093 = fcmp ole float %1092, %1091
	%1094 = uitofp i1 %1093 to float
	%1095 = fcmp une float %1094, 0.0
	%1096 = and i1 %1089, %1095
	%1097 = select i1 %1096, float %790, float 0xFFF0000000000000
	%1098 = shl i32 %17, 1
	%1099 = add i32 41, %1098
	%1100 = add i32 %443, %1099
	%1101 = icmp slt i32 %1100, %N
	%1102 = and i1 %1101, %308
	%1103 = select i1 %1102, i32 %1100, i32 0
	%1104 = sitofp i32 %808 to float
	%1105 = sitofp i32 %1103 to float
	%1106 = fcmp ole float %1105, %1104
	%1107 = uitofp i1 %1106 to float
	%1108 = fcmp une float %1107, 0.0
	%1109 = and i1 %1102, %1108
	%1110 = select i1 %1109, float %791, float 0xFFF0000000000000
	%1111 = shl i32 %17, 1
	%1112 = add i32 40, %1111
	%1113 = add i32 %443, %1112
	%1114 = icmp slt i32 %1113, %N
	%1115 = and i1 %1114, %308
	%1116 = select i1 %1115, i32 %1113, i32 0
	%1117 = sitofp i32 %812 to float
	%1118 = sitofp i32 %1116 to float
	%1119 = fcmp ole float %1118, %1117
	%1120 = uitofp i1 %1119 to float
	%1121 = fcmp une float %1120, 0.0
	%1122 = and i1 %1115, %1121
	%1123 = select i1 %1122, float %792, float 0xFFF0000000000000
	%1124 = shl i32 %17, 1
	%1125 = add i32 41, %1124
	%1126 = add i32 %443, %1125
	%1127 = icmp slt i32 %1126, %N
	%1128 = and i1 %1127, %308
	%1129 = select i1 %1128, i32 %1126, i32 0
	%1130 = sitofp i32 %812 to float
	%1131 = sitofp i32 %1129 to float
	%1132 = fcmp ole float %1131, %1130
	%1133 = uitofp i1 %1132 to float
	%1134 = fcmp une float %1133, 0.0
	%1135 = and i1 %1128, %1134
	%1136 = select i1 %1135, float %793, float 0xFFF0000000000000
	%1137 = shl i32 %17, 1
	%1138 = add i32 48, %1137
	%1139 = add i32 %443, %1138
	%1140 = icmp slt i32 %1139, %N
	%1141 = and i1 %1140, %308
	%1142 = select i1 %1141, i32 %1139, i32 0
	%1143 = sitofp i32 %808 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %794, float 0xFFF0000000000000
	%1150 = shl i32 %17, 1
	%1151 = add i32 49, %1150
	%1152 = add i32 %443, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = and i1 %1153, %308
	%1155 = select i1 %1154, i32 %1152, i32 0
	%1156 = sitofp i32 %808 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = and i1 %1154, %1160
	%1162 = select i1 %1161, float %795, float 0xFFF0000000000000
	%1163 = shl i32 %17, 1
	%1164 = add i32 48, %1163
	%1165 = add i32 %443, %1164
	%1166 = icmp slt i32 %1165, %N
	%1167 = and i1 %1166, %308
	%1168 = select i1 %1167, i32 %1165, i32 0
	%1169 = sitofp i32 %812 to float
	%1170 = sitofp i32 %1168 to float
	%1171 = fcmp ole float %1170, %1169
	%1172 = uitofp i1 %1171 to float
	%1173 = fcmp une float %1172, 0.0
	%1174 = and i1 %1167, %1173
	%1175 = select i1 %1174, float %796, float 0xFFF0000000000000
	%1176 = shl i32 %17, 1
	%1177 = add i32 49, %1176
	%1178 = add i32 %443, %1177
	%1179 = icmp slt i32 %1178, %N
	%1180 = and i1 %1179, %308
	%1181 = select i1 %1180, i32 %1178, i32 0
	%1182 = sitofp i32 %812 to float
	%1183 = sitofp i32 %1181 to float
	%1184 = fcmp ole float %1183, %1182
	%1185 = uitofp i1 %1184 to float
	%1186 = fcmp une float %1185, 0.0
	%1187 = and i1 %1180, %1186
	%1188 = select i1 %1187, float %797, float 0xFFF0000000000000
	%1189 = shl i32 %17, 1
	%1190 = add i32 56, %1189
	%1191 = add i32 %443, %1190
	%1192 = icmp slt i32 %1191, %N
	%1193 = and i1 %1192, %308
	%1194 = select i1 %1193, i32 %1191, i32 0
	%1195 = sitofp i32 %808 to float
	%1196 = sitofp i32 %1194 to float
	%1197 = fcmp ole float %1196, %1195
	%1198 = uitofp i1 %1197 to float
	%1199 = fcmp une float %1198, 0.0
	%1200 = and i1 %1193, %1199
	%1201 = select i1 %1200, float %798, float 0xFFF0000000000000
	%1202 = shl i32 %17, 1
	%1203 = add i32 57, %1202
	%1204 = add i32 %443, %1203
	%1205 = icmp slt i32 %1204, %N
	%1206 = and i1 %1205, %308
	%1207 = select i1 %1206, i32 %1204, i32 0
	%1208 = sitofp i32 %808 to float
	%1209 = sitofp i32 %1207 to float
	%1210 = fcmp ole float %1209, %1208
	%1211 = uitofp i1 %1210 to float
	%1212 = fcmp une float %1211, 0.0
	%1213 = and i1 %1206, %1212
	%1214 = select i1 %1213, float %799, float 0xFFF0000000000000
	%1215 = shl i32 %17, 1
	%1216 = add i32 56, %1215
	%1217 = add i32 %443, %1216
	%1218 = icmp slt i32 %1217, %N
	%1219 = and i1 %1218, %308
	%1220 = select i1 %1219, i32 %1217, i32 0
	%1221 = sitofp i32 %812 to float
	%1222 = sitofp i32 %1220 to float
	%1223 = fcmp ole float %1222, %1221
	%1224 = uitofp i1 %1223 to float
	%1225 = fcmp une float %1224, 0.0
	%1226 = and i1 %1219, %1225
	%1227 = select i1 %1226, float %800, float 0xFFF0000000000000
	%1228 = shl i32 %17, 1
	%1229 = add i32 57, %1228
	%1230 = add i32 %443, %1229
	%1231 = icmp slt i32 %1230, %N
	%1232 = and i1 %1231, %308
	%1233 = select i1 %1232, i32 %1230, i32 0
	%1234 = sitofp i32 %812 to float
	%1235 = sitofp i32 %1233 to float
	%1236 = fcmp ole float %1235, %1234
	%1237 = uitofp i1 %1236 to float
	%1238 = fcmp une float %1237, 0.0
	%1239 = and i1 %1232, %1238
	%1240 = select i1 %1239, float %801, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1241 = phi float [ %770, %442 ], [ %837, %partial ]
	%1242 = phi float [ %771, %442 ], [ %850, %partial ]
	%1243 = phi float [ %772, %442 ], [ %863, %partial ]
	%1244 = phi float [ %773, %442 ], [ %876, %partial ]
	%1245 = phi float [ %774, %442 ], [ %889, %partial ]
	%1246 = phi float [ %775, %442 ], [ %902, %partial ]
	%1247 = phi float [ %776, %442 ], [ %915, %partial ]
	%1248 = phi float [ %777, %442 ], [ %928, %partial ]
	%1249 = phi float [ %778, %442 ], [ %941, %partial ]
	%1250 = phi float [ %779, %442 ], [ %954, %partial ]
	%1251 = phi float [ %780, %442 ], [ %967, %partial ]
	%1252 = phi float [ %781, %442 ], [ %980, %partial ]
	%1253 = phi float [ %782, %442 ], [ %993, %partial ]
	%1254 = phi float [ %783, %442 ], [ %1006, %partial ]
	%1255 = phi float [ %784, %442 ], [ %1019, %partial ]
	%1256 = phi float [ %785, %442 ], [ %1032, %partial ]
	%1257 = phi float [ %786, %442 ], [ %1045, %partial ]
	%1258 = phi float [ %787, %442 ], [ %1058, %partial ]
	%1259 = phi float [ %788, %442 ], [ %1071, %partial ]
	%1260 = phi float [ %789, %442 ], [ %1084, %partial ]
	%1261 = phi float [ %790, %442 ], [ %1097, %partial ]
	%1262 = phi float [ %791, %442 ], [ %1110, %partial ]
	%1263 = phi float [ %792, %442 ], [ %1123, %partial ]
	%1264 = phi float [ %793, %442 ], [ %1136, %partial ]
	%1265 = phi float [ %794, %442 ], [ %1149, %partial ]
	%1266 = phi float [ %795, %442 ], [ %1162, %partial ]
	%1267 = phi float [ %796, %442 ], [ %1175, %partial ]
	%1268 = phi float [ %797, %442 ], [ %1188, %partial ]
	%1269 = phi float [ %798, %442 ], [ %1201, %partial ]
	%1270 = phi float [ %799, %442 ], [ %1214, %partial ]
	%1271 = phi float [ %800, %442 ], [ %1227, %partial ]
	%1272 = phi float [ %801, %442 ], [ %1240, %partial ]
	%1273 = call float @llvm.nvvm.fmax.f(float %1241, float %1242)
	%1274 = call float @llvm.nvvm.fmax.f(float %1245, float %1246)
	%1275 = call float @llvm.nvvm.fmax.f(float %1249, float %1250)
	%1276 = call float @llvm.nvvm.fmax.f(float %1253, float %1254)
	%1277 = call float @llvm.nvvm.fmax.f(float %1257, float %1258)
	%1278 = call float @llvm.nvvm.fmax.f(float %1261, float %1262)
	%1279 = call float @llvm.nvvm.fmax.f(float %1265, float %1266)
	%1280 = call float @llvm.nvvm.fmax.f(float %1269, float %1270)
	%1281 = call float @llvm.nvvm.fmax.f(float %1273, float %1274)
	%1282 = call float @llvm.nvvm.fmax.f(float %1275, float %1276)
	%1283 = call float @llvm.nvvm.fmax.f(float %1277, float %1278)
	%1284 = call float @llvm.nvvm.fmax.f(float %1279, float %1280)
	%1285 = call float @llvm.nvvm.fmax.f(float %1281, float %1282)
	%1286 = call float @llvm.nvvm.fmax.f(float %1283, float %1284)
	%1287 = call float @llvm.nvvm.fmax.f(float %1285, float %1286)
	%1288 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1287, i32 1, i32 31)
	%1289 = call float @llvm.nvvm.fmax.f(float %1287, float %1288)
	%1290 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1289, i32 2, i32 31)
	%1291 = call float @llvm.nvvm.fmax.f(float %1289, float %1290)
	%1292 = fmul float %1291, 0x3FC7154760000000
	%1293 = call float @llvm.nvvm.fmax.f(float %341, float %1292)
	%1294 = fadd float %341, 8.0
	%1295 = fcmp ogt float %1293, %1294
	%1296 = or i1 false, %1295
	%1297 = call float @llvm.nvvm.fmax.f(float %1243, float %1244)
	%1298 = call float @llvm.nvvm.fmax.f(float %1247, float %1248)
	%1299 = call float @llvm.nvvm.fmax.f(float %1251, float %1252)
	%1300 = call float @llvm.nvvm.fmax.f(float %1255, float %1256)
	%1301 = call float @llvm.nvvm.fmax.f(float %1259, float %1260)
	%1302 = call float @llvm.nvvm.fmax.f(float %1263, float %1264)
	%1303 = call float @llvm.nvvm.fmax.f(float %1267, float %1268)
	%1304 = call float @llvm.nvvm.fmax.f(float %1271, float %1272)
	%1305 = call float @llvm.nvvm.fmax.f(float %1297, float %1298)
	%1306 = call float @llvm.nvvm.fmax.f(float %1299, float %1300)
	%1307 = call float @llvm.nvvm.fmax.f(float %1301, float %1302)
	%1308 = call float @llvm.nvvm.fmax.f(float %1303, float %1304)
	%1309 = call float @llvm.nvvm.fmax.f(float %1305, float %1306)
	%1310 = call float @llvm.nvvm.fmax.f(float %1307, float %1308)
	%1311 = call float @llvm.nvvm.fmax.f(float %1309, float %1310)
	%1312 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1311, i32 1, i32 31)
	%1313 = call float @llvm.nvvm.fmax.f(float %1311, float %1312)
	%1314 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1313, i32 2, i32 31)
	%1315 = call float @llvm.nvvm.fmax.f(float %1313, float %1314)
	%1316 = fmul float %1315, 0x3FC7154760000000
	%1317 = call float @llvm.nvvm.fmax.f(float %343, float %1316)
	%1318 = fadd float %343, 8.0
	%1319 = fcmp ogt float %1317, %1318
	%1320 = or i1 %1296, %1319
	%1321 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1320)
	br i1 %1321, label %1322, label %1333

1322:
	%1323 = fcmp oeq float %1293, 0xFFF0000000000000
	%1324 = select i1 %1323, float 0.0, float %1293
	%1325 = fsub float %341, %1324
	%1326 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1325)
	%1327 = fcmp oeq float %1317, 0xFFF0000000000000
	%1328 = select i1 %1327, float 0.0, float %1317
	%1329 = fsub float %343, %1328
	%1330 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1329)
	%1331 = fmul float %342, %1326
	%1332 = fmul float %344, %1330
	br label %1333

1333:
	%1334 = phi float [ %342, %softmax ], [ %1331, %1322 ]
	%1335 = phi float [ %344, %softmax ], [ %1332, %1322 ]
	%1336 = phi float [ 1.0, %softmax ], [ %1326, %1322 ]
	%1337 = phi float [ 1.0, %softmax ], [ %1330, %1322 ]
	%1338 = select i1 %1321, float %1293, float %341
	%1339 = fcmp oeq float %1338, 0xFFF0000000000000
	%1340 = select i1 %1339, float 0.0, float %1338
	%1341 = fneg float %1340
	%1342 = call float @llvm.fma.f32(float %1241, float 0x3FC7154760000000, float %1341)
	%1343 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1342)
	%1344 = call float @llvm.fma.f32(float %1242, float 0x3FC7154760000000, float %1341)
	%1345 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1344)
	%1346 = call float @llvm.fma.f32(float %1245, float 0x3FC7154760000000, float %1341)
	%1347 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1346)
	%1348 = call float @llvm.fma.f32(float %1246, float 0x3FC7154760000000, float %1341)
	%1349 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1348)
	%1350 = call float @llvm.fma.f32(float %1249, float 0x3FC7154760000000, float %1341)
	%1351 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1350)
	%1352 = call float @llvm.fma.f32(float %1250, float 0x3FC7154760000000, float %1341)
	%1353 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1352)
	%1354 = call float @llvm.fma.f32(float %1253, float 0x3FC7154760000000, float %1341)
	%1355 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1354)
	%1356 = call float @llvm.fma.f32(float %1254, float 0x3FC7154760000000, float %1341)
	%1357 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1356)
	%1358 = call float @llvm.fma.f32(float %1257, float 0x3FC7154760000000, float %1341)
	%1359 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1358)
	%1360 = call float @llvm.fma.f32(float %1258, float 0x3FC7154760000000, float %1341)
	%1361 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1360)
	%1362 = call float @llvm.fma.f32(float %1261, float 0x3FC7154760000000, float %1341)
	%1363 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1362)
	%1364 = call float @llvm.fma.f32(float %1262, float 0x3FC7154760000000, float %1341)
	%1365 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1364)
	%1366 = call float @llvm.fma.f32(float %1265, float 0x3FC7154760000000, float %1341)
	%1367 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1366)
	%1368 = call float @llvm.fma.f32(float %1266, float 0x3FC7154760000000, float %1341)
	%1369 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1368)
	%1370 = call float @llvm.fma.f32(float %1269, float 0x3FC7154760000000, float %1341)
	%1371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1370)
	%1372 = call float @llvm.fma.f32(float %1270, float 0x3FC7154760000000, float %1341)
	%1373 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1372)
	%1374 = fadd float %1343, %1345
	%1375 = fadd float %1347, %1349
	%1376 = fadd float %1351, %1353
	%1377 = fadd float %1355, %1357
	%1378 = fadd float %1359, %1361
	%1379 = fadd float %1363, %1365
	%1380 = fadd float %1367, %1369
	%1381 = fadd float %1371, %1373
	%1382 = fadd float %1374, %1375
	%1383 = fadd float %1376, %1377
	%1384 = fadd float %1378, %1379
	%1385 = fadd float %1380, %1381
	%1386 = fadd float %1382, %1383
	%1387 = fadd float %1384, %1385
	%1388 = fadd float %1386, %1387
	%1389 = fadd float %1334, %1388
	%1390 = select i1 %1321, float %1317, float %343
	%1391 = fcmp oeq float %1390, 0xFFF0000000000000
	%1392 = select i1 %1391, float 0.0, float %1390
	%1393 = fneg float %1392
	%1394 = call float @llvm.fma.f32(float %1243, float 0x3FC7154760000000, float %1393)
	%1395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1394)
	%1396 = call float @llvm.fma.f32(float %1244, float 0x3FC7154760000000, float %1393)
	%1397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1396)
	%1398 = call float @llvm.fma.f32(float %1247, float 0x3FC7154760000000, float %1393)
	%1399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1398)
	%1400 = call float @llvm.fma.f32(float %1248, float 0x3FC7154760000000, float %1393)
	%1401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1400)
	%1402 = call float @llvm.fma.f32(float %1251, float 0x3FC7154760000000, float %1393)
	%1403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1402)
	%1404 = call float @llvm.fma.f32(float %1252, float 0x3FC7154760000000, float %1393)
	%1405 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1404)
	%1406 = call float @llvm.fma.f32(float %1255, float 0x3FC7154760000000, float %1393)
	%1407 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1406)
	%1408 = call float @llvm.fma.f32(float %1256, float 0x3FC7154760000000, float %1393)
	%1409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1408)
	%1410 = call float @llvm.fma.f32(float %1259, float 0x3FC7154760000000, float %1393)
	%1411 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1410)
	%1412 = call float @llvm.fma.f32(float %1260, float 0x3FC7154760000000, float %1393)
	%1413 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1412)
	%1414 = call float @llvm.fma.f32(float %1263, float 0x3FC7154760000000, float %1393)
	%1415 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1414)
	%1416 = call float @llvm.fma.f32(float %1264, float 0x3FC7154760000000, float %1393)
	%1417 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1416)
	%1418 = call float @llvm.fma.f32(float %1267, float 0x3FC7154760000000, float %1393)
	%1419 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1418)
	%1420 = call float @llvm.fma.f32(float %1268, float 0x3FC7154760000000, float %1393)
	%1421 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1420)
	%1422 = call float @llvm.fma.f32(float %1271, float 0x3FC7154760000000, float %1393)
	%1423 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1422)
	%1424 = call float @llvm.fma.f32(float %1272, float 0x3FC7154760000000, float %1393)
	%1425 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1424)
	%1426 = fadd float %1395, %1397
	%1427 = fadd float %1399, %1401
	%1428 = fadd float %1403, %1405
	%1429 = fadd float %1407, %1409
	%1430 = fadd float %1411, %1413
	%1431 = fadd float %1415, %1417
	%1432 = fadd float %1419, %1421
	%1433 = fadd float %1423, %1425
	%1434 = fadd float %1426, %1427
	%1435 = fadd float %1428, %1429
	%1436 = fadd float %1430, %1431
	%1437 = fadd float %1432, %1433
	%1438 = fadd float %1434, %1435
	%1439 = fadd float %1436, %1437
	%1440 = fadd float %1438, %1439
	%1441 = fadd float %1335, %1440
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1442 = call float asm sideeffect "", "=f,0"(float %738)
	%1443 = call float asm sideeffect "", "=f,0"(float %739)
	%1444 = call float asm sideeffect "", "=f,0"(float %740)
	%1445 = call float asm sideeffect "", "=f,0"(float %741)
	%1446 = call float asm sideeffect "", "=f,0"(float %742)
	%1447 = call float asm sideeffect "", "=f,0"(float %743)
	%1448 = call float asm sideeffect "", "=f,0"(float %744)
	%1449 = call float asm sideeffect "", "=f,0"(float %745)
	%1450 = call float asm sideeffect "", "=f,0"(float %746)
	%1451 = call float asm sideeffect "", "=f,0"(float %747)
	%1452 = call float asm sideeffect "", "=f,0"(float %748)
	%1453 = call float asm sideeffect "", "=f,0"(float %749)
	%1454 = call float asm sideeffect "", "=f,0"(float %750)
	%1455 = call float asm sideeffect "", "=f,0"(float %751)
	%1456 = call float asm sideeffect "", "=f,0"(float %752)
	%1457 = call float asm sideeffect "", "=f,0"(float %753)
	%1458 = call float asm sideeffect "", "=f,0"(float %754)
	%1459 = call float asm sideeffect "", "=f,0"(float %755)
	%1460 = call float asm sideeffect "", "=f,0"(float %756)
	%1461 = call float asm sideeffect "", "=f,0"(float %757)
	%1462 = call float asm sideeffect "", "=f,0"(float %758)
	%1463 = call float asm sideeffect "", "=f,0"(float %759)
	%1464 = call float asm sideeffect "", "=f,0"(float %760)
	%1465 = call float asm sideeffect "", "=f,0"(float %761)
	%1466 = call float asm sideeffect "", "=f,0"(float %762)
	%1467 = call float asm sideeffect "", "=f,0"(float %763)
	%1468 = call float asm sideeffect "", "=f,0"(float %764)
	%1469 = call float asm sideeffect "", "=f,0"(float %765)
	%1470 = call float asm sideeffect "", "=f,0"(float %766)
	%1471 = call float asm sideeffect "", "=f,0"(float %767)
	%1472 = call float asm sideeffect "", "=f,0"(float %768)
	%1473 = call float asm sideeffect "", "=f,0"(float %769)
	%1474 = icmp ne i32 %306, 0
	%1475 = mul i32 %449, 32
	%1476 = add i32 %90, %1475
	%1477 = add i32 %1476, 16
	%1478 = add i32 %1477, 8
	%1479 = zext i1 %1474 to i32
	call void asm sideeffect "{ .reg .pred p; .reg .b64 st; setp.ne.b32 p, $1, 0; @p mbarrier.arrive.shared::cta.b64 st, [$0]; }", "r,r"(i32 %1478, i32 %1479)
	br i1 %1321, label %1480, label %1513

1480:
	%1481 = fmul float %1442, %1336
	%1482 = fmul float %1443, %1336
	%1483 = fmul float %1444, %1337
	%1484 = fmul float %1445, %1337
	%1485 = fmul float %1446, %1336
	%1486 = fmul float %1447, %1336
	%1487 = fmul float %1448, %1337
	%1488 = fmul float %1449, %1337
	%1489 = fmul float %1450, %1336
	%1490 = fmul float %1451, %1336
	%1491 = fmul float %1452, %1337
	%1492 = fmul float %1453, %1337
	%1493 = fmul float %1454, %1336
	%1494 = fmul float %1455, %1336
	%1495 = fmul float %1456, %1337
	%1496 = fmul float %1457, %1337
	%1497 = fmul float %1458, %1336
	%1498 = fmul float %1459, %1336
	%1499 = fmul float %1460, %1337
	%1500 = fmul float %1461, %1337
	%1501 = fmul float %1462, %1336
	%1502 = fmul float %1463, %1336
	%1503 = fmul float %1464, %1337
	%1504 = fmul float %1465, %1337
	%1505 = fmul float %1466, %1336
	%1506 = fmul float %1467, %1336
	%1507 = fmul float %1468, %1337
	%1508 = fmul float %1469, %1337
	%1509 = fmul float %1470, %1336
	%1510 = fmul float %1471, %1336
	%1511 = fmul float %1472, %1337
	%1512 = fmul float %1473, %1337
	br label %1513

1513:
	%1514 = phi float [ %1442, %1333 ], [ %1481, %1480 ]
	%1515 = phi float [ %1443, %1333 ], [ %1482, %1480 ]
	%1516 = phi float [ %1444, %1333 ], [ %1483, %1480 ]
	%1517 = phi float [ %1445, %1333 ], [ %1484, %1480 ]
	%1518 = phi float [ %1446, %1333 ], [ %1485, %1480 ]
	%1519 = phi float [ %1447, %1333 ], [ %1486, %1480 ]
	%1520 = phi float [ %1448, %1333 ], [ %1487, %1480 ]
	%1521 = phi float [ %1449, %1333 ], [ %1488, %1480 ]
	%1522 = phi float [ %1450, %1333 ], [ %1489, %1480 ]
	%1523 = phi float [ %1451, %1333 ], [ %1490, %1480 ]
	%1524 = phi float [ %1452, %1333 ], [ %1491, %1480 ]
	%1525 = phi float [ %1453, %1333 ], [ %1492, %1480 ]
	%1526 = phi float [ %1454, %1333 ], [ %1493, %1480 ]
	%1527 = phi float [ %1455, %1333 ], [ %1494, %1480 ]
	%1528 = phi float [ %1456, %1333 ], [ %1495, %1480 ]
	%1529 = phi float [ %1457, %1333 ], [ %1496, %1480 ]
	%1530 = phi float [ %1458, %1333 ], [ %1497, %1480 ]
	%1531 = phi float [ %1459, %1333 ], [ %1498, %1480 ]
	%1532 = phi float [ %1460, %1333 ], [ %1499, %1480 ]
	%1533 = phi float [ %1461, %1333 ], [ %1500, %1480 ]
	%1534 = phi float [ %1462, %1333 ], [ %1501, %1480 ]
	%1535 = phi float [ %1463, %1333 ], [ %1502, %1480 ]
	%1536 = phi float [ %1464, %1333 ], [ %1503, %1480 ]
	%1537 = phi float [ %1465, %1333 ], [ %1504, %1480 ]
	%1538 = phi float [ %1466, %1333 ], [ %1505, %1480 ]
	%1539 = phi float [ %1467, %1333 ], [ %1506, %1480 ]
	%1540 = phi float [ %1468, %1333 ], [ %1507, %1480 ]
	%1541 = phi float [ %1469, %1333 ], [ %1508, %1480 ]
	%1542 = phi float [ %1470, %1333 ], [ %1509, %1480 ]
	%1543 = phi float [ %1471, %1333 ], [ %1510, %1480 ]
	%1544 = phi float [ %1472, %1333 ], [ %1511, %1480 ]
	%1545 = phi float [ %1473, %1333 ], [ %1512, %1480 ]
	%1546 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1345, float %1343)
	%1547 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1397, float %1395)
	%1548 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1349, float %1347)
	%1549 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1401, float %1399)
	%1550 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1353, float %1351)
	%1551 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1405, float %1403)
	%1552 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1357, float %1355)
	%1553 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1409, float %1407)
	%1554 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1361, float %1359)
	%1555 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1413, float %1411)
	%1556 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1365, float %1363)
	%1557 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1417, float %1415)
	%1558 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1369, float %1367)
	%1559 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1421, float %1419)
	%1560 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1373, float %1371)
	%1561 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1425, float %1423)
	br i1 %469, label %loop, label %drain

drain:
	%1562 = mul i32 %361, 32
	%1563 = add i32 %90, %1562
	%1564 = add i32 %1563, 16
	br label %1565

1565:
	%1566 = call i32 asm sideeffect "{ .reg .pred p; mbarrier.try_wait.parity.shared::cta.b64 p, [$1], $2; selp.u32 $0, 1, 0, p; }", "=r,r,r"(i32 %1564, i32 %363)
	%1567 = icmp ne i32 %1566, 0
	br i1 %1567, label %1568, label %1565

1568:
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1569 = add i32 %446, 0
	%1570 = zext i32 %1569 to i64
	%1571 = or i64 %1570, u0x4000004002000000
	%1572 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1514, float %1515, float %1516, float %1517, float %1518, float %1519, float %1520, float %1521, float %1522, float %1523, float %1524, float %1525, float %1526, float %1527, float %1528, float %1529, float %1530, float %1531, float %1532, float %1533, float %1534, float %1535, float %1536, float %1537, float %1538, float %1539, float %1540, float %1541, float %1542, float %1543, float %1544, float %1545, i32 %1546, i32 %1547, i32 %1548, i32 %1549, i64 %1571, i32 1)
	%1573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 0
	%1574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 1
	%1575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 2
	%1576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 3
	%1577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 4
	%1578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 5
	%1579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 6
	%1580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 7
	%1581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 8
	%1582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 9
	%1583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 10
	%1584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 11
	%1585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 12
	%1586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 13
	%1587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 14
	%1588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 15
	%1589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 16
	%1590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 17
	%1591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 18
	%1592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 19
	%1593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 20
	%1594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 21
	%1595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 22
	%1596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 23
	%1597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 24
	%1598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 25
	%1599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 26
	%1600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 27
	%1601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 28
	%1602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 29
	%1603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 30
	%1604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1572, 31
	%1605 = add i32 %446, 128
	%1606 = zext i32 %1605 to i64
	%1607 = or i64 %1606, u0x4000004002000000
	%1608 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1573, float %1574, float %1575, float %1576, float %1577, float %1578, float %1579, float %1580, float %1581, float %1582, float %1583, float %1584, float %1585, float %1586, float %1587, float %1588, float %1589, float %1590, float %1591, float %1592, float %1593, float %1594, float %1595, float %1596, float %1597, float %1598, float %1599, float %1600, float %1601, float %1602, float %1603, float %1604, i32 %1550, i32 %1551, i32 %1552, i32 %1553, i64 %1607, i32 1)
	%1609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 0
	%1610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 1
	%1611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 2
	%1612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 3
	%1613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 4
	%1614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 5
	%1615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 6
	%1616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 7
	%1617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 8
	%1618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 9
	%1619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 10
	%1620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 11
	%1621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 12
	%1622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 13
	%1623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 14
	%1624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 15
	%1625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 16
	%1626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 17
	%1627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 18
	%1628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 19
	%1629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 20
	%1630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 21
	%1631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 22
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 23
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 24
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 25
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 26
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 27
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 28
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 29
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 30
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1608, 31
	%1641 = add i32 %446, 256
	%1642 = zext i32 %1641 to i64
	%1643 = or i64 %1642, u0x4000004002000000
	%1644 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, i32 %1554, i32 %1555, i32 %1556, i32 %1557, i64 %1643, i32 1)
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 0
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 1
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 2
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 3
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 4
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 5
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 6
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 7
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 8
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 9
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 10
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 11
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 12
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 13
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 14
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 15
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 16
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 17
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 18
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 19
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 20
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 21
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 22
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 23
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 24
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 25
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 26
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 27
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 28
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 29
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 30
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1644, 31
	%1677 = add i32 %446, 384
	%1678 = zext i32 %1677 to i64
	%1679 = or i64 %1678, u0x4000004002000000
	%1680 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, i32 %1558, i32 %1559, i32 %1560, i32 %1561, i64 %1679, i32 1)
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 0
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 1
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 2
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 3
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 4
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 5
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 6
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 7
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 8
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 9
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 10
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 11
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 12
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 13
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 14
	%1696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 15
	%1697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 16
	%1698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 17
	%1699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 18
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 19
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 20
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 21
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 22
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 23
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 24
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 25
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 26
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 27
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 28
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 29
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 30
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1680, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1713 = call float asm sideeffect "", "=f,0"(float %1681)
	%1714 = call float asm sideeffect "", "=f,0"(float %1682)
	%1715 = call float asm sideeffect "", "=f,0"(float %1683)
	%1716 = call float asm sideeffect "", "=f,0"(float %1684)
	%1717 = call float asm sideeffect "", "=f,0"(float %1685)
	%1718 = call float asm sideeffect "", "=f,0"(float %1686)
	%1719 = call float asm sideeffect "", "=f,0"(float %1687)
	%1720 = call float asm sideeffect "", "=f,0"(float %1688)
	%1721 = call float asm sideeffect "", "=f,0"(float %1689)
	%1722 = call float asm sideeffect "", "=f,0"(float %1690)
	%1723 = call float asm sideeffect "", "=f,0"(float %1691)
	%1724 = call float asm sideeffect "", "=f,0"(float %1692)
	%1725 = call float asm sideeffect "", "=f,0"(float %1693)
	%1726 = call float asm sideeffect "", "=f,0"(float %1694)
	%1727 = call float asm sideeffect "", "=f,0"(float %1695)
	%1728 = call float asm sideeffect "", "=f,0"(float %1696)
	%1729 = call float asm sideeffect "", "=f,0"(float %1697)
	%1730 = call float asm sideeffect "", "=f,0"(float %1698)
	%1731 = call float asm sideeffect "", "=f,0"(float %1699)
	%1732 = call float asm sideeffect "", "=f,0"(float %1700)
	%1733 = call float asm sideeffect "", "=f,0"(float %1701)
	%1734 = call float asm sideeffect "", "=f,0"(float %1702)
	%1735 = call float asm sideeffect "", "=f,0"(float %1703)
	%1736 = call float asm sideeffect "", "=f,0"(float %1704)
	%1737 = call float asm sideeffect "", "=f,0"(float %1705)
	%1738 = call float asm sideeffect "", "=f,0"(float %1706)
	%1739 = call float asm sideeffect "", "=f,0"(float %1707)
	%1740 = call float asm sideeffect "", "=f,0"(float %1708)
	%1741 = call float asm sideeffect "", "=f,0"(float %1709)
	%1742 = call float asm sideeffect "", "=f,0"(float %1710)
	%1743 = call float asm sideeffect "", "=f,0"(float %1711)
	%1744 = call float asm sideeffect "", "=f,0"(float %1712)
	br label %epilogue

store0:
	%1745 = mul i32 %35, %M
	%1746 = add i32 %1745, %411
	%1747 = mul i32 %1746, 64
	%1748 = shl i32 %17, 1
	%1749 = add i32 0, %1748
	%1750 = add i32 %1747, %1749
	%1751 = sext i32 %1750 to i64
	%1752 = getelementptr i16, i16* %out, i64 %1751
	%1753 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %413, float %412)
	%1754 = bitcast i16* %1752 to i32*
	store i32 %1753, i32* %1754
	%1755 = shl i32 %17, 1
	%1756 = add i32 8, %1755
	%1757 = add i32 %1747, %1756
	%1758 = sext i32 %1757 to i64
	%1759 = getelementptr i16, i16* %out, i64 %1758
	%1760 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %415, float %414)
	%1761 = bitcast i16* %1759 to i32*
	store i32 %1760, i32* %1761
	%1762 = shl i32 %17, 1
	%1763 = add i32 16, %1762
	%1764 = add i32 %1747, %1763
	%1765 = sext i32 %1764 to i64
	%1766 = getelementptr i16, i16* %out, i64 %1765
	%1767 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %417, float %416)
	%1768 = bitcast i16* %1766 to i32*
	store i32 %1767, i32* %1768
	%1769 = shl i32 %17, 1
	%1770 = add i32 24, %1769
	%1771 = add i32 %1747, %1770
	%1772 = sext i32 %1771 to i64
	%1773 = getelementptr i16, i16* %out, i64 %1772
	%1774 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %419, float %418)
	%1775 = bitcast i16* %1773 to i32*
	store i32 %1774, i32* %1775
	%1776 = shl i32 %17, 1
	%1777 = add i32 32, %1776
	%1778 = add i32 %1747, %1777
	%1779 = sext i32 %1778 to i64
	%1780 = getelementptr i16, i16* %out, i64 %1779
	%1781 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %421, float %420)
	%1782 = bitcast i16* %1780 to i32*
	store i32 %1781, i32* %1782
	%1783 = shl i32 %17, 1
	%1784 = add i32 40, %1783
	%1785 = add i32 %1747, %1784
	%1786 = sext i32 %1785 to i64
	%1787 = getelementptr i16, i16* %out, i64 %1786
	%1788 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %423, float %422)
	%1789 = bitcast i16* %1787 to i32*
	store i32 %1788, i32* %1789
	%1790 = shl i32 %17, 1
	%1791 = add i32 48, %1790
	%1792 = add i32 %1747, %1791
	%1793 = sext i32 %1792 to i64
	%1794 = getelementptr i16, i16* %out, i64 %1793
	%1795 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %425, float %424)
	%1796 = bitcast i16* %1794 to i32*
	store i32 %1795, i32* %1796
	%1797 = shl i32 %17, 1
	%1798 = add i32 56, %1797
	%1799 = add i32 %1747, %1798
	%1800 = sext i32 %1799 to i64
	%1801 = getelementptr i16, i16* %out, i64 %1800
	%1802 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %427, float %426)
	%1803 = bitcast i16* %1801 to i32*
	store i32 %1802, i32* %1803
	br label %stored0

stored0:
	%1804 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %367, i32 1, i32 31)
	%1805 = fadd float %367, %1804
	%1806 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1805, i32 2, i32 31)
	%1807 = fadd float %1805, %1806
	%1808 = fcmp ogt float %1807, 0.0
	%1809 = fdiv float 1.0, %1807
	%1810 = select i1 %1808, float %1809, float 0.0
	%1811 = mul i32 %11, 16
	%1812 = add i32 %37, %1811
	%1813 = add i32 %16, 8
	%1814 = add i32 %1812, %1813
	%1815 = fmul float %371, %1810
	%1816 = fmul float %372, %1810
	%1817 = fmul float %375, %1810
	%1818 = fmul float %376, %1810
	%1819 = fmul float %379, %1810
	%1820 = fmul float %380, %1810
	%1821 = fmul float %383, %1810
	%1822 = fmul float %384, %1810
	%1823 = fmul float %387, %1810
	%1824 = fmul float %388, %1810
	%1825 = fmul float %391, %1810
	%1826 = fmul float %392, %1810
	%1827 = fmul float %395, %1810
	%1828 = fmul float %396, %1810
	%1829 = fmul float %399, %1810
	%1830 = fmul float %400, %1810
	%1831 = icmp slt i32 %1814, %M
	br i1 %1831, label %store1, label %stored1

store1:
	%1832 = mul i32 %35, %M
	%1833 = add i32 %1832, %1814
	%1834 = mul i32 %1833, 64
	%1835 = shl i32 %17, 1
	%1836 = add i32 0, %1835
	%1837 = add i32 %1834, %1836
	%1838 = sext i32 %1837 to i64
	%1839 = getelementptr i16, i16* %out, i64 %1838
	%1840 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1816, float %1815)
	%1841 = bitcast i16* %1839 to i32*
	store i32 %1840, i32* %1841
	%1842 = shl i32 %17, 1
	%1843 = add i32 8, %1842
	%1844 = add i32 %1834, %1843
	%1845 = sext i32 %1844 to i64
	%1846 = getelementptr i16, i16* %out, i64 %1845
	%1847 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1818, float %1817)
	%1848 = bitcast i16* %1846 to i32*
	store i32 %1847, i32* %1848
	%1849 = shl i32 %17, 1
	%1850 = add i32 16, %1849
	%1851 = add i32 %1834, %1850
	%1852 = sext i32 %1851 to i64
	%1853 = getelementptr i16, i16* %out, i64 %1852
	%1854 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1820, float %1819)
	%1855 = bitcast i16* %1853 to i32*
	store i32 %1854, i32* %1855
	%1856 = shl i32 %17, 1
	%1857 = add i32 24, %1856
	%1858 = add i32 %1834, %1857
	%1859 = sext i32 %1858 to i64
	%1860 = getelementptr i16, i16* %out, i64 %1859
	%1861 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1822, float %1821)
	%1862 = bitcast i16* %1860 to i32*
	store i32 %1861, i32* %1862
	%1863 = shl i32 %17, 1
	%1864 = add i32 32, %1863
	%1865 = add i32 %1834, %1864
	%1866 = sext i32 %1865 to i64
	%1867 = getelementptr i16, i16* %out, i64 %1866
	%1868 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1824, float %1823)
	%1869 = bitcast i16* %1867 to i32*
	store i32 %1868, i32* %1869
	%1870 = shl i32 %17, 1
	%1871 = add i32 40, %1870
	%1872 = add i32 %1834, %1871
	%1873 = sext i32 %1872 to i64
	%1874 = getelementptr i16, i16* %out, i64 %1873
	%1875 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1826, float %1825)
	%1876 = bitcast i16* %1874 to i32*
	store i32 %1875, i32* %1876
	%1877 = shl i32 %17, 1
	%1878 = add i32 48, %1877
	%1879 = add i32 %1834, %1878
	%1880 = sext i32 %1879 to i64
	%1881 = getelementptr i16, i16* %out, i64 %1880
	%1882 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1828, float %1827)
	%1883 = bitcast i16* %1881 to i32*
	store i32 %1882, i32* %1883
	%1884 = shl i32 %17, 1
	%1885 = add i32 56, %1884
	%1886 = add i32 %1834, %1885
	%1887 = sext i32 %1886 to i64
	%1888 = getelementptr i16, i16* %out, i64 %1887
	%1889 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1830, float %1829)
	%1890 = bitcast i16* %1888 to i32*
	store i32 %1889, i32* %1890
	br label %stored1

stored1:
	ret void
}
